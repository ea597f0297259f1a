package io.arangomcp.aql.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arangomcp.aql.AqlCursor;
import io.arangomcp.aql.AqlEngine;
import io.arangomcp.aql.AqlOptions;
import io.arangomcp.aql.catalog.CollectionKind;
import io.arangomcp.aql.testing.TestCatalog;
import io.arangomcp.domain.error.DatabaseError;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Property-style tests with seeded random inputs (the seed is in each test's name, so a failure reproduces):
 * whatever query text and bind values come in, the engine answers with rows or a {@link DatabaseError} in
 * ArangoDB's shape, within its time limit, and never lets another exception escape.
 */
class EngineRobustnessTest {
    private static final int CASES = 300;
    private static final AqlOptions LIMITED = AqlOptions.defaults().withMaxRuntime(2).withMemoryLimit(64L << 20);

    private final AqlEngine engine = new AqlEngine();
    private final TestCatalog catalog = catalog();

    private static TestCatalog catalog() {
        TestCatalog c = new TestCatalog();
        c.create("c", CollectionKind.DOCUMENT);
        c.create("e", CollectionKind.EDGE);
        c.load("c", List.of(Map.of("_key", "a", "a", 1), Map.of("_key", "b", "a", "x")));
        return c;
    }

    /** Runs a query to the end; only DatabaseErrors with a status and an errorNum are acceptable failures. */
    private void runsOrFailsCleanly(String query, Map<String, Object> bindVars) {
        long start = System.nanoTime();
        try (AqlCursor cursor = engine.execute(query, bindVars, LIMITED, catalog)) {
            while (cursor.hasMore()) {
                cursor.nextBatch();
            }
            assertThat(cursor.extra()).containsKeys("warnings", "stats");
        } catch (DatabaseError e) {
            assertThat(e.errorNum()).as("errorNum of %s", e.getMessage()).isPositive();
            assertThat(e.httpStatus()).isBetween(400, 599);
            assertThat(e.getMessage()).isNotBlank();
            if (e.errorNum() == 4) {
                throw new AssertionError("internal error for query: " + query, e);
            }
        }
        assertThat((System.nanoTime() - start) / 1e9).as("seconds for %s", query).isLessThan(10);
    }

    private Stream<DynamicTest> cases(String property, java.util.function.LongConsumer body) {
        return IntStream.range(0, CASES).mapToObj(i -> {
            long seed = property.hashCode() * 1_000_003L + i;
            return DynamicTest.dynamicTest(property + " seed " + seed, () -> body.accept(seed));
        });
    }

    @TestFactory
    Stream<DynamicTest> generatedQueriesWithRandomBindValuesRunOrFailCleanly() {
        return cases("generated", seed -> {
            QueryGenerator g = new QueryGenerator(seed);
            String query = g.query();
            Map<String, Object> binds = new java.util.HashMap<>();
            if (query.contains("@p")) {
                binds.put("p", g.value(3));
            }
            if (query.contains("@list")) {
                binds.put("list", java.util.Arrays.asList(g.value(2), g.value(2), g.value(2)));
            }
            runsOrFailsCleanly(query, binds);
        });
    }

    @TestFactory
    Stream<DynamicTest> mutatedQueriesRunOrFailCleanly() {
        return cases("mutated", seed -> {
            QueryGenerator g = new QueryGenerator(seed);
            runsOrFailsCleanly(g.mutate(g.query()), Map.of("p", 1, "list", List.of(1, 2)));
        });
    }

    @TestFactory
    Stream<DynamicTest> tokenSoupAndNoiseAreRefusedCleanly() {
        return cases("soup", seed -> {
            QueryGenerator g = new QueryGenerator(seed);
            runsOrFailsCleanly(g.tokenSoup(), Map.of());
            runsOrFailsCleanly(g.noise(), Map.of());
            try {
                engine.parse(g.tokenSoup());
            } catch (DatabaseError expected) {
                assertThat(expected.errorNum()).isIn(1501, 1502, 1524);
            }
        });
    }

    @Test
    void deeplyNestedInputIsRefusedWithoutStackOverflow() {
        for (String deep : List.of("[".repeat(20_000) + "]".repeat(20_000), "(".repeat(20_000) + "1"
                + ")".repeat(20_000), "NOT ".repeat(50_000) + "true", "-".repeat(50_000) + "1",
                "{a:".repeat(10_000) + "1" + "}".repeat(10_000), "(RETURN ".repeat(5_000) + "1" + ")".repeat(5_000),
                "1" + " + 1".repeat(100_000), "x".repeat(10) + "[0]".repeat(50_000))) {
            assertThatThrownBy(() -> engine.execute("RETURN " + deep, Map.of(), LIMITED, catalog))
                    .isInstanceOf(DatabaseError.class)
                    .satisfies(e -> assertThat(((DatabaseError) e).errorNum()).isIn(1501, 1524, 1203));
        }
    }

    @Test
    void deeplyNestedBindValuesAreRefusedWithoutStackOverflow() {
        Object deep = 1;
        for (int i = 0; i < 100_000; i++) {
            deep = List.of(deep);
        }
        Object value = deep;
        assertThatThrownBy(() -> {
            try (AqlCursor c = engine.execute("RETURN [@v == @v, JSON_STRINGIFY(@v)]", Map.of("v", value), LIMITED,
                    catalog)) {
                c.nextBatch();
            }
        }).isInstanceOf(DatabaseError.class);
    }

    @Test
    void maxRuntimeStopsARunawayQuery() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> {
            try (AqlCursor c = engine.execute("FOR a IN 1..100000000 FOR b IN 1..100000000 FILTER a == b "
                    + "COLLECT WITH COUNT INTO n RETURN n", Map.of(), AqlOptions.defaults().withMaxRuntime(0.3),
                    catalog)) {
                c.nextBatch();
            }
        }).isInstanceOf(DatabaseError.class).satisfies(e -> assertThat(((DatabaseError) e).errorNum())
                .isEqualTo(1500));
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(3);
    }

    @Test
    void memoryLimitStopsARunawayQuery() {
        assertThatThrownBy(() -> {
            try (AqlCursor c = engine.execute("RETURN LENGTH(FOR i IN 1..100000000 RETURN CONCAT('x', i))",
                    Map.of(), AqlOptions.defaults().withMemoryLimit(1L << 20), catalog)) {
                c.nextBatch();
            }
        }).isInstanceOf(DatabaseError.class).satisfies(e -> assertThat(((DatabaseError) e).errorNum())
                .isEqualTo(32));
    }

    /** A complete graph of 12 vertices: its simple paths number in the hundreds of millions. */
    private static TestCatalog denseGraph() {
        TestCatalog c = new TestCatalog();
        c.create("v", CollectionKind.DOCUMENT);
        c.create("e", CollectionKind.EDGE);
        c.load("v", IntStream.range(0, 12).mapToObj(i -> Map.<String, Object>of("_key", "v" + i)).toList());
        c.load("e", IntStream.range(0, 144).filter(i -> i / 12 != i % 12)
                .mapToObj(i -> Map.<String, Object>of("_from", "v/v" + i / 12, "_to", "v/v" + i % 12)).toList());
        return c;
    }

    @Test
    void maxRuntimeStopsRunawayGraphSearches() {
        TestCatalog graph = denseGraph();
        for (String query : List.of(
                "FOR v IN 11..11 OUTBOUND 'v/v0' e RETURN v._key",
                "FOR p IN 1..11 OUTBOUND K_PATHS 'v/v0' TO 'v/v1' e RETURN LENGTH(p.edges)",
                "FOR p IN OUTBOUND K_SHORTEST_PATHS 'v/v0' TO 'v/v1' e LIMIT 100000 RETURN LENGTH(p.edges)")) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> {
                try (AqlCursor c = engine.execute(query, Map.of(), AqlOptions.defaults().withMaxRuntime(0.3)
                        .withMemoryLimit(256L << 20), graph)) {
                    while (c.hasMore()) {
                        c.nextBatch();
                    }
                }
            }).as(query).isInstanceOf(DatabaseError.class).satisfies(e -> assertThat(((DatabaseError) e).errorNum())
                    .isIn(1500, 32));
            assertThat((System.nanoTime() - start) / 1e9).as(query).isLessThan(5);
        }
    }

    @Test
    void closingACursorStopsTheQueryFromAnotherThread() throws Exception {
        AqlCursor cursor = engine.execute("FOR i IN 1..100000000 RETURN SLEEP(0.01)", Map.of(),
                AqlOptions.defaults().withBatchSize(1), catalog);
        Thread closer = new Thread(cursor::close);
        closer.start();
        closer.join();
        assertThat(cursor.hasMore()).isFalse();
        assertThat(cursor.nextBatch()).isEmpty();
    }
}
