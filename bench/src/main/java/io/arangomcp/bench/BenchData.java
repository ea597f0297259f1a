package io.arangomcp.bench;

import io.arangomcp.aql.catalog.CollectionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Generates the benchmark data: one million documents and a graph of 20,000 vertices and 100,000 edges. */
final class BenchData {
    static final int DOCUMENTS = 1_000_000;
    static final int VERTICES = 20_000;
    static final int EDGES = 100_000;

    private BenchData() {
    }

    static BenchCatalog build() {
        Random random = new Random(42);
        BenchCatalog catalog = new BenchCatalog();
        List<Map<String, Object>> docs = new ArrayList<>(DOCUMENTS);
        for (int i = 0; i < DOCUMENTS; i++) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("_key", "k" + i);
            d.put("_id", "docs/k" + i);
            d.put("age", (long) random.nextInt(100));
            d.put("score", random.nextDouble());
            d.put("group", "g" + random.nextInt(1000));
            d.put("name", "name-" + i);
            docs.add(d);
        }
        catalog.add("docs", CollectionKind.DOCUMENT, docs);
        List<Map<String, Object>> vertices = new ArrayList<>(VERTICES);
        for (int i = 0; i < VERTICES; i++) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("_key", "v" + i);
            v.put("_id", "nodes/v" + i);
            v.put("n", (long) i);
            vertices.add(v);
        }
        catalog.add("nodes", CollectionKind.DOCUMENT, vertices);
        List<Map<String, Object>> edges = new ArrayList<>(EDGES);
        for (int i = 0; i < EDGES; i++) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("_key", "e" + i);
            e.put("_id", "edges/e" + i);
            e.put("_from", "nodes/v" + random.nextInt(VERTICES));
            e.put("_to", "nodes/v" + random.nextInt(VERTICES));
            edges.add(e);
        }
        catalog.add("edges", CollectionKind.EDGE, edges);
        return catalog;
    }
}
