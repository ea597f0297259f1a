package io.arangomcp.aql.testing;

import io.arangomcp.aql.catalog.CollectionKind;
import io.arangomcp.aql.catalog.GraphDefinition;
import io.arangomcp.aql.value.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Loads a fidelity data set ({@code datasets/<name>.json}) into a fresh {@link TestCatalog}. */
public final class Datasets {
    private Datasets() {
    }

    @SuppressWarnings("unchecked")
    public static TestCatalog load(Path file) throws IOException {
        Map<String, Object> ds = (Map<String, Object>) Json.parse(Files.readString(file, StandardCharsets.UTF_8));
        TestCatalog catalog = new TestCatalog();
        for (Object o : (List<Object>) ds.get("collections")) {
            Map<String, Object> c = (Map<String, Object>) o;
            String name = (String) c.get("name");
            TestCollection coll = catalog.create(name, "edge".equals(c.get("type")) ? CollectionKind.EDGE
                    : CollectionKind.DOCUMENT);
            if (c.get("indexes") instanceof List<?> indexes) {
                for (Object i : indexes) {
                    Map<String, Object> index = (Map<String, Object>) i;
                    String type = String.valueOf(index.get("type"));
                    if (type.equals("persistent") || type.equals("hash") || type.equals("skiplist")) {
                        coll.addIndex((List<String>) index.get("fields"), Boolean.TRUE.equals(index.get("unique")),
                                Boolean.TRUE.equals(index.get("sparse")));
                    }
                }
            }
            List<Map<String, Object>> docs = new ArrayList<>();
            for (Object d : (List<Object>) c.get("docs")) {
                docs.add((Map<String, Object>) d);
            }
            catalog.load(name, docs);
        }
        for (Object g : (List<Object>) ds.get("graphs")) {
            Map<String, Object> graph = (Map<String, Object>) g;
            List<GraphDefinition.EdgeDefinition> defs = new ArrayList<>();
            for (Object e : (List<Object>) graph.get("edgeDefinitions")) {
                Map<String, Object> def = (Map<String, Object>) e;
                defs.add(new GraphDefinition.EdgeDefinition((String) def.get("collection"),
                        (List<String>) def.get("from"), (List<String>) def.get("to")));
            }
            List<String> orphans = graph.get("orphanCollections") instanceof List<?> l ? (List<String>) l : List.of();
            catalog.addGraph(new GraphDefinition((String) graph.get("name"), defs, orphans));
        }
        return catalog;
    }
}
