package io.arangomcp.adapters.memory.aql;

import io.arangomcp.adapters.memory.store.CollectionSchema;
import io.arangomcp.adapters.memory.store.EdgeIndex;
import io.arangomcp.adapters.memory.store.MemoryCollection;
import io.arangomcp.adapters.memory.store.MemoryDatabase;
import io.arangomcp.adapters.memory.store.PersistentIndex;
import io.arangomcp.adapters.memory.store.ValueOrder;
import io.arangomcp.aql.catalog.CatalogCollection;
import io.arangomcp.aql.catalog.CollectionKind;
import io.arangomcp.aql.catalog.EdgeDirection;
import io.arangomcp.aql.catalog.IndexDescriptor;
import io.arangomcp.aql.catalog.IndexLookup;
import io.arangomcp.ports.out.gateway.IndexInfo;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In-memory backend: one collection as the AQL engine reads it: snapshot scans in scan order, key lookups,
 * and the edge and persistent indexes (lookups answer in index order).
 */
final class MemoryCatalogCollection implements CatalogCollection {
    private final MemoryDatabase database;
    private final MemoryCollection collection;

    MemoryCatalogCollection(MemoryDatabase database, MemoryCollection collection) {
        this.database = database;
        this.collection = collection;
    }

    @Override
    public String name() {
        return collection.name();
    }

    @Override
    public String id() {
        return Long.toString(collection.id());
    }

    @Override
    public CollectionKind kind() {
        return collection.isEdgeCollection() ? CollectionKind.EDGE : CollectionKind.DOCUMENT;
    }

    @Override
    public long count() {
        return database.read(collection::count);
    }

    @Override
    public Iterator<Map<String, Object>> scan() {
        return database.read(collection::documents).iterator();
    }

    @Override
    public Map<String, Object> get(String key) {
        return database.read(() -> collection.document(key).orElse(null));
    }

    @Override
    public List<IndexDescriptor> indexes() {
        return database.read(() -> collection.indexes().describe()).stream()
                .map(MemoryCatalogCollection::descriptor).toList();
    }

    @Override
    public Map<String, Object> schema() {
        CollectionSchema schema = database.read(collection::schema);
        return schema == null ? null : schema.describe();
    }

    @Override
    public List<Map<String, Object>> edges(String vertexId, EdgeDirection direction) {
        return database.read(() -> {
            Optional<EdgeIndex> edges = collection.indexes().edgeIndex();
            if (edges.isEmpty()) {
                return List.of();
            }
            List<String> keys = direction == EdgeDirection.OUTBOUND
                    ? edges.get().outbound(vertexId) : edges.get().inbound(vertexId);
            return collection.documents(keys);
        });
    }

    @Override
    public Iterator<Map<String, Object>> lookup(IndexDescriptor index, IndexLookup lookup) {
        Optional<List<Map<String, Object>>> found = database.read(() -> persistent(index).map(p -> {
            List<String> keys;
            if (lookup.lower() == null && lookup.upper() == null) {
                keys = p.equal(lookup.equals());
            } else {
                // An open side is the smallest or largest possible value, included.
                keys = p.range(lookup.equals(),
                        lookup.lower() == null ? ValueOrder.MIN : lookup.lower().value(),
                        lookup.lower() == null || lookup.lower().inclusive(),
                        lookup.upper() == null ? ValueOrder.MAX : lookup.upper().value(),
                        lookup.upper() == null || lookup.upper().inclusive());
            }
            return collection.documents(keys);
        }));
        // Indexes the store cannot look up (primary ranges, edge, ttl…) fall back to the engine's scan.
        return found.map(List::iterator).orElseGet(() -> CatalogCollection.super.lookup(index, lookup));
    }

    private Optional<PersistentIndex> persistent(IndexDescriptor index) {
        return collection.indexes().persistent().stream()
                .filter(p -> p.name().equals(index.name())
                        || index.id().equals(collection.name() + "/" + p.id()))
                .findFirst();
    }

    private static IndexDescriptor descriptor(IndexInfo info) {
        return new IndexDescriptor(info.id(), info.name(), info.type(), info.fields(), info.unique(), info.sparse());
    }
}
