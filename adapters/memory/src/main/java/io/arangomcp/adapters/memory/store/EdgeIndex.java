package io.arangomcp.adapters.memory.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * In-memory backend: the edge index of an edge collection ({@code collection/1} over {@code _from} and
 * {@code _to}): for each vertex id, the keys of its outgoing and incoming edges, in the order the edges were
 * last written (the order RocksDB's edge index returns them in).
 */
public final class EdgeIndex extends CollectionIndex {

    private final Map<String, NavigableMap<Long, String>> outbound = new HashMap<>();
    private final Map<String, NavigableMap<Long, String>> inbound = new HashMap<>();
    private long edges;

    EdgeIndex() {
        super(1, "edge", "edge", List.of("_from", "_to"), false, false);
    }

    /** Keys of the edges whose {@code _from} is the vertex. */
    public List<String> outbound(String vertexId) {
        return keys(outbound, vertexId);
    }

    /** Keys of the edges whose {@code _to} is the vertex. */
    public List<String> inbound(String vertexId) {
        return keys(inbound, vertexId);
    }

    private static List<String> keys(Map<String, NavigableMap<Long, String>> map, String vertexId) {
        NavigableMap<Long, String> keys = map.get(vertexId);
        return keys == null ? List.of() : List.copyOf(keys.values());
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
    void insert(Map<String, Object> edge, long seq) {
        String key = (String) edge.get("_key");
        outbound.computeIfAbsent((String) edge.get("_from"), v -> new TreeMap<>()).put(seq, key);
        inbound.computeIfAbsent((String) edge.get("_to"), v -> new TreeMap<>()).put(seq, key);
        edges++;
    }

    @Override
    void remove(Map<String, Object> edge, long seq) {
        removeFrom(outbound, (String) edge.get("_from"), seq);
        removeFrom(inbound, (String) edge.get("_to"), seq);
        edges--;
    }

    private static void removeFrom(Map<String, NavigableMap<Long, String>> map, String vertex, long seq) {
        NavigableMap<Long, String> keys = map.get(vertex);
        keys.remove(seq);
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
