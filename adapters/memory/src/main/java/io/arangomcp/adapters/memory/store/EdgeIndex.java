package io.arangomcp.adapters.memory.store;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * In-memory backend: the edge index of an edge collection ({@code collection/1} over {@code _from} and
 * {@code _to}): for each vertex id, the keys of its outgoing and incoming edges, in the order the edges were
 * last written (the order RocksDB's edge index returns them in).
 */
public final class EdgeIndex extends CollectionIndex {

    private final Map<String, Set<String>> outbound = new HashMap<>();
    private final Map<String, Set<String>> inbound = new HashMap<>();
    private long edges;

    EdgeIndex() {
        super(1, "edge", "edge", List.of("_from", "_to"), false, false);
    }

    /** Keys of the edges whose {@code _from} is the vertex. */
    public List<String> outbound(String vertexId) {
        return List.copyOf(outbound.getOrDefault(vertexId, Set.of()));
    }

    /** Keys of the edges whose {@code _to} is the vertex. */
    public List<String> inbound(String vertexId) {
        return List.copyOf(inbound.getOrDefault(vertexId, Set.of()));
    }

    @Override
    Double selectivityEstimate() {
        return edges == 0 ? 1.0 : (double) outbound.size() / edges;
    }

    @Override
    boolean droppable() {
        return false;
    }

    @Override
    void insert(Map<String, Object> edge) {
        String key = (String) edge.get("_key");
        outbound.computeIfAbsent((String) edge.get("_from"), v -> new LinkedHashSet<>()).add(key);
        inbound.computeIfAbsent((String) edge.get("_to"), v -> new LinkedHashSet<>()).add(key);
        edges++;
    }

    @Override
    void remove(Map<String, Object> edge) {
        String key = (String) edge.get("_key");
        removeFrom(outbound, (String) edge.get("_from"), key);
        removeFrom(inbound, (String) edge.get("_to"), key);
        edges--;
    }

    private static void removeFrom(Map<String, Set<String>> map, String vertex, String key) {
        Set<String> keys = map.get(vertex);
        keys.remove(key);
        if (keys.isEmpty()) {
            map.remove(vertex);
        }
    }

    @Override
    void clear() {
        outbound.clear();
        inbound.clear();
        edges = 0;
    }
}
