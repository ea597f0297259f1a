package io.arangomcp.adapters.memory.store;

import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.CollectionType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * In-memory backend: one collection: its documents (deep-immutable maps, keyed by {@code _key}, in the order
 * they were last written, which is the order a full scan returns them in, as on RocksDB), its indexes and its
 * schema. Not thread-safe on its own: reads happen under the owning {@link MemoryDatabase}'s read lock, writes
 * under its write lock.
 */
public final class MemoryCollection {

    private final long id;
    private final String name;
    private final CollectionType type;
    private final boolean waitForSync;
    private final KeyGenerator keys;
    private final Map<String, Map<String, Object>> documents = new LinkedHashMap<>();
    private final CollectionIndexes indexes;
    private CollectionSchema schema;

    MemoryCollection(long id, String name, CollectionType type, boolean waitForSync, KeyGenerator keys,
                     CollectionSchema schema, ServerClock clock) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name is null");
        this.type = Objects.requireNonNull(type, "type is null");
        this.waitForSync = waitForSync;
        this.keys = Objects.requireNonNull(keys, "keys is null");
        this.schema = schema;
        this.indexes = new CollectionIndexes(name, type, clock);
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public CollectionType type() {
        return type;
    }

    public boolean isEdgeCollection() {
        return type == CollectionType.EDGE;
    }

    public boolean waitForSync() {
        return waitForSync;
    }

    /** The collection as {@code collections()} reports it. */
    public CollectionInfo info() {
        return new CollectionInfo(Long.toString(id), name, type, Names.isSystem(name), waitForSync,
                schema == null ? null : schema.describe());
    }

    /** The key generator's state as the collection properties show it ({@code keyOptions}). */
    public Map<String, Object> keyOptions() {
        return keys.describe();
    }

    public KeyGenerator keyGenerator() {
        return keys;
    }

    /** The schema, or {@code null}. */
    public CollectionSchema schema() {
        return schema;
    }

    void setSchema(CollectionSchema schema) {
        this.schema = schema;
    }

    /** The document with this key. */
    public Optional<Map<String, Object>> document(String key) {
        return Optional.ofNullable(documents.get(key));
    }

    /** All documents in scan order, as an unmodifiable view (read it under the database's read lock). */
    public Collection<Map<String, Object>> documents() {
        return Collections.unmodifiableCollection(documents.values());
    }

    /** Documents for keys found by an index lookup, skipping none (index and documents never disagree). */
    public List<Map<String, Object>> documents(List<String> keysInOrder) {
        List<Map<String, Object>> found = new ArrayList<>(keysInOrder.size());
        for (String key : keysInOrder) {
            found.add(documents.get(key));
        }
        return found;
    }

    public long count() {
        return documents.size();
    }

    /** The indexes of this collection. */
    public CollectionIndexes indexes() {
        return indexes;
    }

    /**
     * Stores a new version of a document (or a new document when {@code previous} is {@code null}) after its
     * unique constraints hold: 409/1210 otherwise, leaving everything unchanged.
     */
    void store(Map<String, Object> next, Map<String, Object> previous) {
        indexes.checkUnique(next);
        String key = (String) next.get("_key");
        if (previous != null) {
            indexes.remove(previous);
            documents.remove(key); // re-inserting moves the document to the end of the scan order
        }
        documents.put(key, next);
        indexes.insert(next);
    }

    void delete(Map<String, Object> document) {
        indexes.remove(document);
        documents.remove((String) document.get("_key"));
    }

    void truncate() {
        documents.clear();
        indexes.clear();
    }
}
