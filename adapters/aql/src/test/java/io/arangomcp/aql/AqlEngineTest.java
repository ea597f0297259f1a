package io.arangomcp.aql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arangomcp.aql.catalog.CollectionKind;
import io.arangomcp.aql.testing.TestCatalog;
import io.arangomcp.domain.error.DatabaseError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The public API: batches and streaming, count and fullCount, extra, explain, parse and profile. */
class AqlEngineTest {
    private final AqlEngine engine = new AqlEngine();
    private final TestCatalog catalog = new TestCatalog();

    AqlEngineTest() {
        catalog.create("users", CollectionKind.DOCUMENT);
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            docs.add(Map.of("_key", "u" + i, "age", i));
        }
        catalog.load("users", docs);
    }

    @Test
    void resultsComeInBatchesOfTheRequestedSize() {
        try (AqlCursor c = engine.execute("FOR i IN 1..5 RETURN i", Map.of(),
                AqlOptions.defaults().withBatchSize(2), catalog)) {
            assertThat(c.nextBatch()).containsExactly(1L, 2L);
            assertThat(c.hasMore()).isTrue();
            assertThat(c.nextBatch()).containsExactly(3L, 4L);
            assertThat(c.nextBatch()).containsExactly(5L);
            assertThat(c.hasMore()).isFalse();
            assertThat(c.nextBatch()).isEmpty();
            assertThat(c.count()).isNull();
        }
    }

    @Test
    void aMillionRowsStreamWithoutBeingHeldAtOnce() {
        Runtime rt = Runtime.getRuntime();
        try (AqlCursor c = engine.execute("FOR i IN 1..1000000 RETURN { i, s: CONCAT('row', i) }", Map.of(),
                AqlOptions.defaults().withBatchSize(1000), catalog)) {
            long rows = 0;
            long peak = 0;
            while (c.hasMore()) {
                rows += c.nextBatch().size();
                if (rows % 100_000 == 0) {
                    peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
                }
            }
            assertThat(rows).isEqualTo(1_000_000);
            assertThat(c.extra().get("stats")).isInstanceOf(Map.class);
        }
    }

    @Test
    void countAndFullCountAreReported() {
        try (AqlCursor c = engine.execute("FOR u IN users FILTER u.age >= 10 LIMIT 5 RETURN u.age", Map.of(),
                AqlOptions.defaults().withCount(true).withFullCount(true), catalog)) {
            assertThat(c.count()).isEqualTo(5L);
            Map<?, ?> stats = (Map<?, ?>) c.extra().get("stats");
            assertThat(stats.get("fullCount")).isEqualTo(40L);
            assertThat(stats.get("scannedFull")).isEqualTo(50L);
            assertThat(stats.get("filtered")).isEqualTo(10L);
        }
    }

    @Test
    void explainShowsNodesCollectionsAndIndexUse() {
        Map<String, Object> explain = engine.explain("FOR u IN users FILTER u._key == @k RETURN u", Map.of("k", "u1"),
                catalog, false, 1);
        Map<?, ?> plan = (Map<?, ?>) explain.get("plan");
        List<Object> types = new ArrayList<>();
        for (Object n : (List<?>) plan.get("nodes")) {
            types.add(((Map<?, ?>) n).get("type"));
        }
        assertThat(types).containsExactly("SingletonNode", "IndexNode", "ReturnNode");
        assertThat(plan.get("collections")).isEqualTo(List.of(Map.of("name", "users", "type", "read")));
        assertThat(plan.get("isModificationQuery")).isEqualTo(false);
        assertThat(explain).containsKeys("warnings", "stats", "cacheable");
    }

    private List<Object> nodeTypes(String query) {
        Map<?, ?> plan = (Map<?, ?>) engine.explain(query, Map.of(), catalog, false, 1).get("plan");
        List<Object> types = new ArrayList<>();
        for (Object n : (List<?>) plan.get("nodes")) {
            types.add(((Map<?, ?>) n).get("type"));
        }
        return types;
    }

    @Test
    void explainShowsConstantFiltersAsTheServerPlansThem() {
        assertThat(nodeTypes("FOR i IN [1, 2, 3] FILTER 1 == 2 RETURN i")).containsExactly("SingletonNode",
                "CalculationNode", "EnumerateListNode", "NoResultsNode", "ReturnNode");
        assertThat(nodeTypes("FOR i IN [1, 2, 3] FILTER 1 == 1 RETURN i")).containsExactly("SingletonNode",
                "CalculationNode", "EnumerateListNode", "ReturnNode");
        assertThat(nodeTypes("LET x = false FOR u IN users FILTER x RETURN u")).containsExactly("SingletonNode",
                "CalculationNode", "EnumerateCollectionNode", "NoResultsNode", "ReturnNode");
        assertThat(nodeTypes("FOR u IN users FILTER u.age > 1 + 1 RETURN u")).containsExactly("SingletonNode",
                "EnumerateCollectionNode", "CalculationNode", "FilterNode", "ReturnNode");
    }

    @Test
    void explainMarksModificationQueriesAndWrittenCollections() {
        Map<?, ?> plan = (Map<?, ?>) engine.explain("FOR u IN users UPDATE u WITH { seen: true } IN users", Map.of(),
                catalog, false, 1).get("plan");
        assertThat(plan.get("isModificationQuery")).isEqualTo(true);
        assertThat(plan.get("collections")).isEqualTo(List.of(Map.of("name", "users", "type", "write")));
        Map<String, Object> all = engine.explain("RETURN 1", Map.of(), catalog, true, 2);
        assertThat(all).containsKey("plans");
    }

    @Test
    void parseListsCollectionsAndBindParameters() {
        Map<String, Object> parsed = engine.parse("FOR doc IN @@collection FILTER doc.foo == @bar FOR x IN users "
                + "RETURN doc");
        assertThat(parsed.get("parsed")).isEqualTo(true);
        assertThat(parsed.get("bindVars")).isEqualTo(List.of("@collection", "bar"));
        assertThat(parsed.get("collections")).isEqualTo(List.of("users"));
        assertThat(((List<?>) parsed.get("ast"))).hasSize(1);
        assertThatThrownBy(() -> engine.parse("FOR i IN 1..100 FILTER i = 1 LIMIT 2 RETURN i * 3"))
                .isInstanceOf(DatabaseError.class)
                .hasMessage("syntax error, unexpected assignment near '= 1 LIMIT 2 RETURN i * 3' at position 1:26");
        assertThatThrownBy(() -> engine.parse("")).isInstanceOf(DatabaseError.class).hasMessage("query is empty");
        assertThatThrownBy(() -> engine.parse("   ")).isInstanceOf(DatabaseError.class)
                .satisfies(e -> assertThat(((DatabaseError) e).errorNum()).isEqualTo(1501));
    }

    @Test
    void profileReportsNodeStatistics() {
        try (AqlCursor c = engine.execute("FOR u IN users FILTER u.age < 10 RETURN u.age", Map.of(),
                AqlOptions.defaults().withProfile(2), catalog)) {
            assertThat(c.nextBatch()).hasSize(10);
            Map<String, Object> extra = c.extra();
            assertThat(extra).containsKeys("profile", "stats", "plan");
            List<?> nodes = (List<?>) ((Map<?, ?>) extra.get("stats")).get("nodes");
            assertThat(nodes).isNotEmpty();
            Map<?, ?> scan = (Map<?, ?>) nodes.get(1);
            assertThat(scan.get("items")).isEqualTo(50L);
        }
    }

    @Test
    void concurrentQueriesDoNotInterfere() throws Exception {
        ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int n = t;
                results.add(pool.submit(() -> {
                    try (AqlCursor c = engine.execute("FOR u IN users FILTER u.age < @n COLLECT WITH COUNT INTO k "
                            + "RETURN k", Map.of("n", n), AqlOptions.defaults(), catalog)) {
                        return c.nextBatch().get(0);
                    }
                }));
            }
            for (int t = 0; t < 16; t++) {
                assertThat(results.get(t).get()).isEqualTo((long) t);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void modificationQueriesRunCompletelyBeforeTheFirstBatch() {
        catalog.create("log", CollectionKind.DOCUMENT);
        try (AqlCursor c = engine.execute("FOR i IN 1..10 INSERT { i } INTO log RETURN NEW.i", Map.of(),
                AqlOptions.defaults().withBatchSize(2), catalog)) {
            assertThat(catalog.collection("log").orElseThrow().count()).isEqualTo(10);
            assertThat(c.nextBatch()).hasSize(2);
            Map<?, ?> stats = (Map<?, ?>) c.extra().get("stats");
            assertThat(stats.get("writesExecuted")).isEqualTo(10L);
        }
    }
}
