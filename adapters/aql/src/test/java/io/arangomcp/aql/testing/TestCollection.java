package io.arangomcp.aql.testing;

import io.arangomcp.aql.catalog.CatalogCollection;
import io.arangomcp.aql.catalog.CollectionKind;
import io.arangomcp.aql.catalog.EdgeDirection;
import io.arangomcp.aql.catalog.IndexDescriptor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One collection of the {@link TestCatalog}: documents by key in insertion order, an edge index for edge
 * collections, and persistent index descriptors (looked up by the interface's scanning defaults).
 */
public final class TestCollection implements CatalogCollection {
    private final String name;
    private final String id;
    private final CollectionKind kind;
    private final LinkedHashMap<String, Map<String, Object>> documents = new LinkedHashMap<>();
    private final Map<String, List<Map<String, Object>>> outbound = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> inbound = new HashMap<>();
    private final List<IndexDescriptor> indexes = new ArrayList<>();
    private volatile List<Map<String, Object>> snapshot;
    private Map<String, Object> schema;

    TestCollection(String name, String id, CollectionKind kind) {
        this.name = name;
        this.id = id;
        this.kind = kind;
        indexes.add(new IndexDescriptor(name + "/0", "primary", "primary", List.of("_key"), true, false));
        if (kind == CollectionKind.EDGE) {
            indexes.add(new IndexDescriptor(name + "/2", "edge", "edge", List.of("_from", "_to"), false, false));
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public CollectionKind kind() {
        return kind;
    }

    @Override
    public synchronized long count() {
        return documents.size();
    }

    @Override
    public Iterator<Map<String, Object>> scan() {
        List<Map<String, Object>> s = snapshot;
        if (s == null) {
            synchronized (this) {
                s = Collections.unmodifiableList(new ArrayList<>(documents.values()));
                snapshot = s;
            }
        }
        return s.iterator();
    }

    @Override
    public synchronized Map<String, Object> get(String key) {
        return documents.get(key);
    }

    @Override
    public synchronized List<IndexDescriptor> indexes() {
        return List.copyOf(indexes);
    }

    @Override
    public synchronized Map<String, Object> schema() {
        return schema;
    }

    @Override
    public synchronized List<Map<String, Object>> edges(String vertexId, EdgeDirection direction) {
        List<Map<String, Object>> list = (direction == EdgeDirection.OUTBOUND ? outbound : inbound).get(vertexId);
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Adds a persistent index (the engine's default lookups evaluate it by scanning). */
    public synchronized void addIndex(List<String> fields, boolean unique, boolean sparse) {
        int n = indexes.size() + 10;
        indexes.add(new IndexDescriptor(name + "/" + n, "idx_" + n, "persistent", fields, unique, sparse));
    }

    synchronized void schema(Map<String, Object> schema) {
        this.schema = schema;
    }

    /** Stores or replaces a document (null removes); keeps the edge index up to date. */
    synchronized void put(String key, Map<String, Object> doc) {
        Map<String, Object> old = doc == null ? documents.remove(key) : documents.put(key, doc);
        if (kind == CollectionKind.EDGE) {
            if (old != null) {
                unindex(outbound, old.get("_from"), old);
                unindex(inbound, old.get("_to"), old);
            }
            if (doc != null) {
                outbound.computeIfAbsent((String) doc.get("_from"), k -> new ArrayList<>()).add(doc);
                inbound.computeIfAbsent((String) doc.get("_to"), k -> new ArrayList<>()).add(doc);
            }
        }
        snapshot = null;
    }

    /** Restores a removed document at its original position (used when a transaction is rolled back). */
    synchronized void restore(LinkedHashMap<String, Map<String, Object>> previous) {
        documents.clear();
        documents.putAll(previous);
        outbound.clear();
        inbound.clear();
        if (kind == CollectionKind.EDGE) {
            for (Map<String, Object> doc : documents.values()) {
                outbound.computeIfAbsent((String) doc.get("_from"), k -> new ArrayList<>()).add(doc);
                inbound.computeIfAbsent((String) doc.get("_to"), k -> new ArrayList<>()).add(doc);
            }
        }
        snapshot = null;
    }

    synchronized LinkedHashMap<String, Map<String, Object>> copyOfDocuments() {
        return new LinkedHashMap<>(documents);
    }

    private static void unindex(Map<String, List<Map<String, Object>>> index, Object vertex,
                                Map<String, Object> doc) {
        List<Map<String, Object>> list = index.get(vertex);
        if (list != null) {
            list.removeIf(d -> d == doc);
        }
    }
}
