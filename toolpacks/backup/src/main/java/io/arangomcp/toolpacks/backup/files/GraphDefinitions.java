package io.arangomcp.toolpacks.backup.files;

import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Graph definitions in backup files. Written with the reference server's snake_case keys ({@code name},
 * {@code orphan_collections}, {@code edge_definitions: [{edge_collection, from_vertex_collections,
 * to_vertex_collections}]}); read in those keys or in ArangoDB's own ({@code orphanCollections},
 * {@code edgeDefinitions: [{collection, from, to}]}), so backups from either restore.
 */
public final class GraphDefinitions {
    private GraphDefinitions() {
    }

    /** The definition as written to backup files. */
    public static Map<String, Object> toJson(GraphInfo graph) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", graph.name());
        json.put("orphan_collections", graph.orphanCollections());
        List<Object> definitions = new ArrayList<>();
        for (EdgeDefinition d : graph.edgeDefinitions()) {
            Map<String, Object> def = new LinkedHashMap<>();
            def.put("edge_collection", d.collection());
            def.put("from_vertex_collections", d.from());
            def.put("to_vertex_collections", d.to());
            definitions.add(def);
        }
        json.put("edge_definitions", definitions);
        return json;
    }

    /**
     * The definition read from a backup file, under the given name.
     *
     * @throws IllegalArgumentException when the properties hold no usable edge definitions
     */
    public static GraphInfo fromJson(String name, Map<?, ?> properties) {
        List<EdgeDefinition> definitions = new ArrayList<>();
        for (Object item : list(first(properties, "edge_definitions", "edgeDefinitions"))) {
            if (!(item instanceof Map<?, ?> d)) {
                throw new IllegalArgumentException("an edge definition is not an object");
            }
            Object collection = first(d, "edge_collection", "collection");
            if (!(collection instanceof String c)) {
                throw new IllegalArgumentException("an edge definition names no edge collection");
            }
            definitions.add(new EdgeDefinition(c, strings(first(d, "from_vertex_collections", "from")),
                    strings(first(d, "to_vertex_collections", "to"))));
        }
        return new GraphInfo(name, definitions,
                strings(first(properties, "orphan_collections", "orphanCollections")));
    }

    /** The value under the first key present. */
    static Object first(Map<?, ?> map, String snake, String camel) {
        return map.containsKey(snake) ? map.get(snake) : map.get(camel);
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        for (Object o : list(value)) {
            out.add(String.valueOf(o));
        }
        return out;
    }
}
