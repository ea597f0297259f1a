package io.arangomcp.adapters.memory.graph;

import io.arangomcp.adapters.memory.store.ValueOrder;
import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * In-memory backend: named graphs in ArangoDB's normal form (edge definitions sorted by collection, their
 * {@code from}/{@code to} and the orphans sorted and without duplicates, orphans that an edge definition uses
 * dropped) and as the documents of the {@code _graphs} system collection that hold them.
 */
final class GraphDocuments {

    private static final Comparator<String> NAME_ORDER = ValueOrder.INSTANCE::compare;

    private GraphDocuments() {
    }

    /** The graph in normal form: 400/1923 for an empty {@code from} or {@code to}, 400/1920 for a repeated edge collection. */
    static GraphInfo normalize(GraphInfo graph) {
        Map<String, EdgeDefinition> definitions = new TreeMap<>(NAME_ORDER);
        for (EdgeDefinition definition : graph.edgeDefinitions()) {
            EdgeDefinition normal = normalize(definition);
            if (definitions.put(normal.collection(), normal) != null) {
                throw GraphErrors.edgeCollectionMultiUse(normal.collection());
            }
        }
        Set<String> vertices = new TreeSet<>(NAME_ORDER);
        definitions.values().forEach(d -> {
            vertices.addAll(d.from());
            vertices.addAll(d.to());
        });
        Set<String> orphans = new TreeSet<>(NAME_ORDER);
        graph.orphanCollections().stream().filter(o -> !vertices.contains(o)).forEach(orphans::add);
        return new GraphInfo(graph.name(), List.copyOf(definitions.values()), List.copyOf(orphans));
    }

    static EdgeDefinition normalize(EdgeDefinition definition) {
        List<String> from = sorted(definition.from());
        List<String> to = sorted(definition.to());
        if (from.isEmpty() || to.isEmpty()) {
            throw GraphErrors.malformedEdgeDefinition();
        }
        return new EdgeDefinition(definition.collection(), from, to);
    }

    private static List<String> sorted(List<String> names) {
        Set<String> set = new TreeSet<>(NAME_ORDER);
        set.addAll(names);
        return List.copyOf(set);
    }

    /** The graph with every mention of a renamed collection changed to its new name (not yet normalized). */
    static GraphInfo withRenamedCollection(GraphInfo graph, String oldName, String newName) {
        List<EdgeDefinition> definitions = new ArrayList<>();
        for (EdgeDefinition d : graph.edgeDefinitions()) {
            definitions.add(new EdgeDefinition(renamed(d.collection(), oldName, newName),
                    renamed(d.from(), oldName, newName), renamed(d.to(), oldName, newName)));
        }
        return new GraphInfo(graph.name(), definitions, renamed(graph.orphanCollections(), oldName, newName));
    }

    private static List<String> renamed(List<String> names, String oldName, String newName) {
        return names.stream().map(n -> renamed(n, oldName, newName)).toList();
    }

    private static String renamed(String name, String oldName, String newName) {
        return name.equals(oldName) ? newName : name;
    }

    /** The {@code _graphs} document of a graph in normal form (without {@code _id}/{@code _rev}). */
    static Map<String, Object> toDocument(GraphInfo graph) {
        List<Object> definitions = new ArrayList<>();
        for (EdgeDefinition d : graph.edgeDefinitions()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("collection", d.collection());
            json.put("from", d.from());
            json.put("to", d.to());
            definitions.add(json);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("_key", graph.name());
        document.put("edgeDefinitions", definitions);
        document.put("orphanCollections", graph.orphanCollections());
        return document;
    }

    /** The graph a {@code _graphs} document holds; 500/1941 when it is malformed. */
    static GraphInfo fromDocument(Map<String, Object> document) {
        try {
            List<EdgeDefinition> definitions = new ArrayList<>();
            for (Object item : (List<?>) document.get("edgeDefinitions")) {
                Map<?, ?> json = (Map<?, ?>) item;
                definitions.add(new EdgeDefinition((String) json.get("collection"), strings(json.get("from")),
                        strings(json.get("to"))));
            }
            return new GraphInfo((String) document.get("_key"), definitions,
                    strings(document.get("orphanCollections")));
        } catch (ClassCastException | NullPointerException e) {
            // _graphs is an ordinary collection: a hand-written document there can hold anything
            throw GraphErrors.corrupt();
        }
    }

    private static List<String> strings(Object value) {
        List<String> names = new ArrayList<>();
        for (Object item : (List<?>) value) {
            names.add((String) item);
        }
        return names;
    }
}
