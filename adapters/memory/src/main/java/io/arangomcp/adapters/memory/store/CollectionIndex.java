package io.arangomcp.adapters.memory.store;

import io.arangomcp.ports.out.gateway.IndexInfo;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * In-memory backend: one index of a collection, as listed by {@code indexes()}. Subclasses that hold entries
 * ({@link PersistentIndex}, {@link EdgeIndex}) are maintained by {@link MemoryCollection} on every write, under
 * the database's write lock; the others only describe themselves. Entries with equal values are ordered by the
 * documents' write sequence numbers, like the collection's scan.
 */
public abstract class CollectionIndex {

    private final long id;
    private final String name;
    private final String type;
    private final List<String> fields;
    private final boolean unique;
    private final boolean sparse;

    CollectionIndex(long id, String name, String type, List<String> fields, boolean unique, boolean sparse) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name is null");
        this.type = Objects.requireNonNull(type, "type is null");
        this.fields = List.copyOf(fields);
        this.unique = unique;
        this.sparse = sparse;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String type() {
        return type;
    }

    public List<String> fields() {
        return fields;
    }

    public boolean unique() {
        return unique;
    }

    public boolean sparse() {
        return sparse;
    }

    /** The index as the server reports it, with its full id {@code collection/id}. */
    public IndexInfo describe(String collection, boolean newlyCreated) {
        return new IndexInfo(collection + "/" + id, name, type, fields, unique, sparse, selectivityEstimate(),
                newlyCreated, options());
    }

    /** Whether a creation request asks for exactly this index (then it is returned, not created again). */
    boolean matches(IndexDefinition definition) {
        return type.equals(definition.type()) && fields.equals(definition.fieldNames())
                && unique == definition.unique() && sparse == definition.sparse()
                && (definition.name() == null || name.equals(definition.name()))
                && ValueOrder.same(identity(), identityOf(definition));
    }

    /** The type-specific attributes that make two indexes different, e.g. a TTL index's {@code expireAfter}. */
    Map<String, Object> identity() {
        return Map.of();
    }

    Map<String, Object> identityOf(IndexDefinition definition) {
        return Map.of();
    }

    /** The selectivity estimate, or {@code null} when this type keeps none. */
    Double selectivityEstimate() {
        return null;
    }

    /** The type-specific attributes reported next to the common ones. */
    Map<String, Object> options() {
        return Map.of();
    }

    /** Whether the index can be dropped (the primary and edge indexes cannot). */
    boolean droppable() {
        return true;
    }

    /** The key of another document that {@code document} would collide with, or {@code null}. */
    String conflictingKey(Map<String, Object> document) {
        return null;
    }

    /** Adds a stored document's entries; {@code seq} is its write sequence number, which orders ties. */
    void insert(Map<String, Object> document, long seq) {
        // descriptive indexes hold no entries
    }

    /** Removes a stored document's entries. */
    void remove(Map<String, Object> document, long seq) {
        // descriptive indexes hold no entries
    }

    /** Drops every entry (truncate). */
    void clear() {
        // descriptive indexes hold no entries
    }
}
