package io.arangomcp.aql.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arangomcp.aql.AqlCursor;
import io.arangomcp.aql.AqlEngine;
import io.arangomcp.aql.AqlOptions;
import io.arangomcp.aql.catalog.CatalogCollection;
import io.arangomcp.aql.catalog.CollectionKind;
import io.arangomcp.aql.catalog.GraphDefinition;
import io.arangomcp.aql.testing.TestCatalog;
import io.arangomcp.aql.value.Json;
import io.arangomcp.domain.error.DatabaseError;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the golden {@code .aql} files under {@code src/test/resources/golden}, one dynamic test per case. */
class GoldenTest {
    private final AqlEngine engine = new AqlEngine();

    @TestFactory
    Stream<DynamicNode> goldenFiles() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getResource("/golden").toURI());
        List<DynamicNode> features = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.sorted().toList()) {
                List<DynamicNode> tests = new ArrayList<>();
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".aql")).sorted().toList()) {
                        String text = Files.readString(f, StandardCharsets.UTF_8);
                        for (GoldenCase c : GoldenCase.parse(f.getFileName().toString(), text)) {
                            tests.add(DynamicTest.dynamicTest(c.name(), () -> run(c)));
                        }
                    }
                }
                features.add(DynamicContainer.dynamicContainer(dir.getFileName().toString(), tests));
            }
        }
        return features.stream();
    }

    private void run(GoldenCase c) {
        TestCatalog catalog = setUp(c.setup());
        AqlOptions options = options(c.options());
        if (c.errorNum() != null) {
            assertThatThrownBy(() -> drain(engine.execute(c.query(), c.bindVars(), options, catalog)))
                    .isInstanceOf(DatabaseError.class)
                    .satisfies(e -> {
                        DatabaseError d = (DatabaseError) e;
                        assertThat(d.errorNum()).as("errorNum (%s)", d.getMessage()).isEqualTo(c.errorNum());
                        if (c.errorMessage() != null) {
                            assertThat(d.getMessage().replaceAll("\\s*\\[node #\\d+: \\w+\\]", ""))
                                    .isEqualTo(c.errorMessage());
                        }
                    });
        } else {
            AqlCursor cursor = engine.execute(c.query(), c.bindVars(), options, catalog);
            List<Object> rows = drain(cursor);
            if (c.expect() != null) {
                List<Object> actual = stripRevisions(rows);
                if (c.unordered()) {
                    assertThat(sortedRows(actual)).isEqualTo(sortedRows((List<?>) c.expect()));
                } else {
                    assertThat(canonical(actual)).isEqualTo(canonical(c.expect()));
                }
            }
            Map<String, Object> extra = cursor.extra();
            if (c.warnings() != null) {
                List<Object> codes = new ArrayList<>();
                for (Object w : (List<?>) extra.get("warnings")) {
                    codes.add(((Map<?, ?>) w).get("code"));
                }
                assertThat(canonical(codes)).isEqualTo(canonical(c.warnings()));
            }
            if (c.stats() != null) {
                Map<?, ?> stats = (Map<?, ?>) extra.get("stats");
                c.stats().forEach((k, v) -> assertThat(canonical(stats.get(k))).as("stats.%s", k)
                        .isEqualTo(canonical(v)));
            }
        }
        c.docsAfter().forEach((name, expected) -> {
            CatalogCollection coll = catalog.collection(name).orElseThrow();
            List<Object> docs = new ArrayList<>();
            for (Iterator<Map<String, Object>> it = coll.scan(); it.hasNext(); ) {
                docs.add(it.next());
            }
            assertThat(canonical(stripRevisions(docs))).as("documents of %s", name).isEqualTo(canonical(expected));
        });
    }

    private static List<Object> drain(AqlCursor cursor) {
        List<Object> rows = new ArrayList<>();
        try (cursor) {
            while (cursor.hasMore()) {
                rows.addAll(cursor.nextBatch());
            }
        }
        return rows;
    }

    private static List<String> sortedRows(List<?> rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(canonical(r)));
        out.sort(null);
        return out;
    }

    /** JSON text with object attributes sorted, so attribute order does not matter. */
    private static String canonical(Object v) {
        return Json.stringifySorted(v);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> stripRevisions(List<Object> rows) {
        List<Object> out = new ArrayList<>();
        for (Object r : rows) {
            out.add(strip(r));
        }
        return out;
    }

    private static Object strip(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> {
                if (!k.equals("_rev") && !k.equals("_oldRev")) {
                    out.put((String) k, strip(x));
                }
            });
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(strip(x)));
            return out;
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static TestCatalog setUp(List<String> setup) {
        TestCatalog catalog = new TestCatalog();
        for (String d : setup) {
            int colon = d.indexOf(':');
            String kind = d.substring(0, colon);
            String rest = d.substring(colon + 1).strip();
            String name = rest.split("\\s+", 2)[0];
            String arg = rest.length() > name.length() ? rest.substring(name.length()).strip() : "";
            switch (kind) {
                case "collection" -> catalog.create(name, arg.equals("edge") ? CollectionKind.EDGE
                        : CollectionKind.DOCUMENT);
                case "docs" -> catalog.load(name, (List<Map<String, Object>>) Json.parse(arg));
                case "index" -> {
                    int end = arg.indexOf(']') + 1;
                    List<String> fields = (List<String>) Json.parse(arg.substring(0, end));
                    String flags = arg.substring(end);
                    ((io.arangomcp.aql.testing.TestCollection) catalog.collection(name).orElseThrow())
                            .addIndex(fields, flags.contains("unique"), flags.contains("sparse"));
                }
                case "graph" -> {
                    List<GraphDefinition.EdgeDefinition> defs = new ArrayList<>();
                    for (Object o : (List<Object>) Json.parse(arg)) {
                        Map<String, Object> def = (Map<String, Object>) o;
                        defs.add(new GraphDefinition.EdgeDefinition((String) def.get("collection"),
                                (List<String>) def.get("from"), (List<String>) def.get("to")));
                    }
                    catalog.addGraph(new GraphDefinition(name, defs, List.of()));
                }
                default -> throw new IllegalArgumentException("unknown directive " + d);
            }
        }
        return catalog;
    }

    private static AqlOptions options(Map<String, Object> o) {
        AqlOptions options = AqlOptions.defaults();
        if (o.get("batchSize") instanceof Number n) {
            options = options.withBatchSize(n.intValue());
        }
        if (o.get("count") instanceof Boolean b) {
            options = options.withCount(b);
        }
        if (o.get("fullCount") instanceof Boolean b) {
            options = options.withFullCount(b);
        }
        if (o.get("failOnWarning") instanceof Boolean b) {
            options = options.withFailOnWarning(b);
        }
        if (o.get("maxWarningCount") instanceof Number n) {
            options = options.withMaxWarningCount(n.intValue());
        }
        if (o.get("memoryLimit") instanceof Number n) {
            options = options.withMemoryLimit(n.longValue());
        }
        if (o.get("maxRuntime") instanceof Number n) {
            options = options.withMaxRuntime(n.doubleValue());
        }
        return options;
    }
}
