package io.arangomcp.adapters.memory.store;

import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.CollectionType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * In-memory backend: one collection: its documents (deep-immutable maps), its indexes and its schema. Every
 * write gives the written document a new sequence number, and scans follow those numbers, so a full scan
 * returns documents in the order they were last written, as RocksDB does (its document ids are revisions).
 * Not thread-safe on its own: reads happen under the owning {@link MemoryDatabase}'s read lock, writes under
 * its write lock.
 */
public final class MemoryCollection {

    /** A stored document with its write sequence number. */
    record Entry(long seq, Map<String, Object> document) {
    }

    private final long id;
    private String name;
    private final CollectionType type;
    private boolean waitForSync;
    private final KeyGenerator keys;
    private final Map<String, Entry> byKey = new HashMap<>();
    private final NavigableMap<Long, Map<String, Object>> bySeq = new TreeMap<>();
    private final CollectionIndexes indexes;
    private CollectionSchema schema;
    private long lastSeq;
    private volatile List<Map<String, Object>> snapshot = List.of();

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

    void setWaitForSync(boolean waitForSync) {
        this.waitForSync = waitForSync;
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
        Entry entry = byKey.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.document());
    }

    Entry entry(String key) {
        return byKey.get(key);
    }

    /** Every entry in scan order (for building an index). */
    List<Entry> entries() {
        return bySeq.entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue())).toList();
    }

    /**
     * All documents in scan order, as an immutable snapshot that later writes neither change nor break. Built
     * once after each write and then shared by every reader.
     */
    public List<Map<String, Object>> documents() {
        List<Map<String, Object>> current = snapshot;
        if (current == null) {
            // concurrent readers may both build it; they build equal lists, so either may win
            current = List.copyOf(bySeq.values());
            snapshot = current;
        }
        return current;
    }

    /** The documents with these keys (as an index lookup found them), in the given order. */
    public List<Map<String, Object>> documents(List<String> keysInOrder) {
        List<Map<String, Object>> found = new ArrayList<>(keysInOrder.size());
        for (String key : keysInOrder) {
            found.add(byKey.get(key).document());
        }
        return found;
    }

    public long count() {
        return byKey.size();
    }

    /** The indexes of this collection. */
    public CollectionIndexes indexes() {
        return indexes;
    }

    /**
     * Stores a new version of a document ({@code previous} is {@code null} for a new document) once its unique
     * constraints hold (409/1210 otherwise, leaving everything unchanged). Returns the replaced entry.
     */
    Entry store(Map<String, Object> next, Map<String, Object> previous) {
        indexes.checkUnique(next);
        Entry replaced = previous == null ? null : unlink((String) previous.get("_key"));
        link(new Entry(++lastSeq, next));
        return replaced;
    }

    /** Removes a document; returns its entry. */
    Entry delete(Map<String, Object> document) {
        return unlink((String) document.get("_key"));
    }

    /** Undoes one write: drops {@code current} (if any) and puts {@code previous} (if any) back in its place. */
    void reinstate(Entry previous, Map<String, Object> current) {
        if (current != null) {
            unlink((String) current.get("_key"));
        }
        if (previous != null) {
            link(previous);
        }
    }

    private void link(Entry entry) {
        byKey.put((String) entry.document().get("_key"), entry);
        bySeq.put(entry.seq(), entry.document());
        indexes.insert(entry.document(), entry.seq());
        snapshot = null;
    }

    private Entry unlink(String key) {
        Entry entry = byKey.remove(key);
        bySeq.remove(entry.seq());
        indexes.remove(entry.document(), entry.seq());
        snapshot = null;
        return entry;
    }

    /**
     * Takes a new name. ArangoDB derives {@code _id} from the collection's name, so every document's {@code _id}
     * follows it; {@code _from} and {@code _to} are plain stored values and stay as they are. Documents keep
     * their revisions and scan positions.
     */
    void rename(String newName) {
        name = Objects.requireNonNull(newName, "newName is null");
        indexes.renameCollection(newName);
        for (Entry entry : entries()) {
            Map<String, Object> renamed = StoredDocuments.withId(entry.document(),
                    newName + "/" + entry.document().get("_key"));
            unlink((String) entry.document().get("_key"));
            link(new Entry(entry.seq(), renamed));
        }
    }

    void truncate() {
        byKey.clear();
        bySeq.clear();
        indexes.clear();
        snapshot = null;
    }
}
