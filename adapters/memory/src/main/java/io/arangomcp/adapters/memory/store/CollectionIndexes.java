package io.arangomcp.adapters.memory.store;

import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.IndexInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In-memory backend: the indexes of one collection: the primary index, the edge index of edge collections, then
 * the created ones in creation order. Creates ({@code ensureIndex} semantics), drops, checks unique constraints
 * and keeps entries current. Guarded by the database lock, like its collection.
 */
public final class CollectionIndexes {

    private String collection;
    private final ServerClock clock;
    private final List<CollectionIndex> all = new ArrayList<>();
    private final EdgeIndex edge;

    CollectionIndexes(String collection, CollectionType type, ServerClock clock) {
        this.collection = collection;
        this.clock = clock;
        all.add(new PrimaryIndex());
        edge = type == CollectionType.EDGE ? new EdgeIndex() : null;
        if (edge != null) {
            all.add(edge);
        }
    }

    /** Index handles ({@code collection/id}) name the collection, so they follow a rename. */
    void renameCollection(String newName) {
        collection = newName;
    }

    /** Every index, as {@code indexes()} lists them. */
    public List<IndexInfo> describe() {
        return all.stream().map(i -> i.describe(collection, false)).toList();
    }

    /** The edge index, for edge collections. */
    public Optional<EdgeIndex> edgeIndex() {
        return Optional.ofNullable(edge);
    }

    /** The persistent indexes, which answer equality and range lookups. */
    public List<PersistentIndex> persistent() {
        return all.stream().filter(PersistentIndex.class::isInstance).map(PersistentIndex.class::cast).toList();
    }

    /**
     * Returns the index equal to the definition, or creates it over the existing documents: 400/1210 when a
     * unique index meets duplicates, 400/1005 when the name is taken by a different index, 400/10 for a second
     * TTL index.
     */
    IndexInfo ensure(IndexDefinition definition, List<MemoryCollection.Entry> documents) {
        for (CollectionIndex index : all) {
            if (index.matches(definition)) {
                return index.describe(collection, false);
            }
        }
        if (definition.type().equals("ttl") && all.stream().anyMatch(i -> i.type().equals("ttl"))) {
            throw StoreErrors.badParameter("there can only be one ttl index per collection");
        }
        long id = clock.nextTick();
        String name = definition.name() != null ? definition.name() : "idx_" + id;
        if (all.stream().anyMatch(i -> i.name().equals(name))) {
            throw StoreErrors.duplicateIndexIdentifier();
        }
        CollectionIndex index = definition.type().equals("persistent")
                ? new PersistentIndex(id, name, definition) : new PassiveIndex(id, name, definition);
        for (MemoryCollection.Entry entry : documents) {
            String conflict = index.conflictingKey(entry.document());
            if (conflict != null) {
                throw StoreErrors.uniqueIndexOverDuplicates(name, index.fields(), conflict);
            }
            index.insert(entry.document(), entry.seq());
        }
        all.add(index);
        return index.describe(collection, true);
    }

    /**
     * Drops the index named by {@code collection/id}, a bare id or a name; returns its full id. 404/1212 when
     * there is none (also for the primary index), 403/11 for the edge index, 400/1213 for another collection.
     */
    String drop(String handle) {
        String reference = handle;
        int slash = handle.indexOf('/');
        if (slash >= 0) {
            if (!handle.substring(0, slash).equals(collection)) {
                throw StoreErrors.crossCollectionRequest();
            }
            reference = handle.substring(slash + 1);
        }
        CollectionIndex index = find(reference).orElseThrow(StoreErrors::indexNotFound);
        if (index instanceof PrimaryIndex) {
            throw StoreErrors.indexNotFound();
        }
        if (!index.droppable()) {
            throw StoreErrors.forbidden();
        }
        all.remove(index);
        return collection + "/" + index.id();
    }

    /** The index with this bare id or name. */
    public Optional<CollectionIndex> find(String idOrName) {
        return all.stream()
                .filter(i -> Long.toString(i.id()).equals(idOrName) || i.name().equals(idOrName))
                .findFirst();
    }

    /** 409/1210 when a document would break a unique index. */
    void checkUnique(Map<String, Object> document) {
        for (CollectionIndex index : all) {
            String conflict = index.conflictingKey(document);
            if (conflict != null) {
                throw StoreErrors.uniqueConstraintViolated(index.name(), index.type(), index.fields(), conflict);
            }
        }
    }

    void insert(Map<String, Object> document, long seq) {
        all.forEach(i -> i.insert(document, seq));
    }

    void remove(Map<String, Object> document, long seq) {
        all.forEach(i -> i.remove(document, seq));
    }

    void clear() {
        all.forEach(CollectionIndex::clear);
    }
}
