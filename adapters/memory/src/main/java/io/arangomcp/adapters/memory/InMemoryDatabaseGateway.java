package io.arangomcp.adapters.memory;

import io.arangomcp.adapters.memory.graph.NamedGraphs;
import io.arangomcp.adapters.memory.store.MemoryCollection;
import io.arangomcp.adapters.memory.store.MemoryDatabase;
import io.arangomcp.adapters.memory.store.StoreErrors;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.BulkItemResult;
import io.arangomcp.ports.out.gateway.Capability;
import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;
import io.arangomcp.ports.out.gateway.IndexInfo;
import io.arangomcp.ports.out.gateway.IndexSpec;
import io.arangomcp.ports.out.gateway.QueryCursor;
import io.arangomcp.ports.out.gateway.QueryOptions;
import io.arangomcp.ports.out.gateway.ServerVersion;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * In-memory backend: the {@link DatabaseGateway} of one database of an {@link InMemoryServer}, found by name on
 * every call (so a dropped database answers 404/1228, as on a real server). Every call takes the database's
 * read or write lock for its whole duration (a bulk write included); failures look like a real ArangoDB 3.12
 * server's. Capabilities: AQL (run, explain, parse, profile), named graphs and schema validation.
 */
public final class InMemoryDatabaseGateway implements DatabaseGateway {

    private static final Set<Capability> CAPABILITIES =
            Collections.unmodifiableSet(EnumSet.of(Capability.AQL, Capability.EXPLAIN, Capability.PROFILE,
                    Capability.NAMED_GRAPHS, Capability.SCHEMA_VALIDATION));

    private final InMemoryServer server;
    private final String databaseName;

    /** A gateway to the named database of the server; calls answer 404/1228 while it does not exist. */
    public InMemoryDatabaseGateway(InMemoryServer server, String databaseName) {
        this.server = Objects.requireNonNull(server, "server is null");
        this.databaseName = Objects.requireNonNull(databaseName, "databaseName is null");
    }

    /** Runs a read on the database, found by name now, as a real server resolves {@code /_db/<name>}. */
    private <T> T read(Function<MemoryDatabase, T> reader) {
        MemoryDatabase database = server.database(databaseName);
        return database.read(() -> reader.apply(database));
    }

    private <T> T write(Function<MemoryDatabase, T> writer) {
        MemoryDatabase database = server.database(databaseName);
        return database.write(() -> writer.apply(database));
    }

    private void run(Consumer<MemoryDatabase> writer) {
        write(database -> {
            writer.accept(database);
            return null;
        });
    }

    @Override
    public String databaseName() {
        return databaseName;
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public ServerVersion version() {
        return server.version();
    }

    // ---- collections -------------------------------------------------------------------------------------

    @Override
    public List<CollectionInfo> collections() {
        return read(db -> db.collections().stream().map(MemoryCollection::info).toList());
    }

    @Override
    public CollectionInfo collection(String name) {
        return read(db -> db.collection(name).info());
    }

    @Override
    public CollectionInfo createCollection(String name, CollectionSpec spec) {
        return write(db -> db.createCollection(name, spec).info());
    }

    @Override
    public void dropCollection(String name) {
        run(db -> {
            String resolved = db.collection(name).name();
            new NamedGraphs(db).checkNotInGraph(resolved);
            db.dropCollection(resolved);
        });
    }

    @Override
    public void truncateCollection(String name) {
        run(db -> db.truncate(name));
    }

    @Override
    public long count(String collection) {
        return read(db -> db.collection(collection).count());
    }

    @Override
    public CollectionInfo setSchema(String collection, Map<String, Object> schema) {
        return write(db -> db.setSchema(collection, schema).info());
    }

    // ---- documents ---------------------------------------------------------------------------------------

    @Override
    public Map<String, Object> document(String collection, String key) {
        return read(db -> db.collectionForDocuments(collection).document(key)
                .orElseThrow(StoreErrors::documentNotFound));
    }

    @Override
    public WriteResult insert(String collection, Map<String, Object> document, WriteOptions options) {
        return write(db -> db.documents().insert(collection, document, orDefaults(options)));
    }

    @Override
    public WriteResult update(String collection, String key, Map<String, Object> patch, WriteOptions options) {
        return write(db -> db.documents().update(collection, key, patch, orDefaults(options)));
    }

    @Override
    public WriteResult replace(String collection, String key, Map<String, Object> document, WriteOptions options) {
        return write(db -> db.documents().replace(collection, key, document, orDefaults(options)));
    }

    @Override
    public WriteResult remove(String collection, String key, WriteOptions options) {
        return write(db -> db.documents().remove(collection, key, orDefaults(options)));
    }

    // Bulk writes: If-Match applies to single-document requests only, as on the HTTP API.

    @Override
    public List<BulkItemResult> insertAll(String collection, List<Map<String, Object>> documents,
                                          WriteOptions options) {
        WriteOptions each = orDefaults(options).withIfMatch(null);
        return bulk(collection, documents, (db, d) -> db.documents().insert(collection, d, each));
    }

    @Override
    public List<BulkItemResult> updateAll(String collection, List<Map<String, Object>> patches,
                                          WriteOptions options) {
        WriteOptions each = orDefaults(options).withIfMatch(null);
        return bulk(collection, patches, (db, p) -> db.documents().update(collection, keyOf(p), p, each));
    }

    @Override
    public List<BulkItemResult> replaceAll(String collection, List<Map<String, Object>> documents,
                                           WriteOptions options) {
        WriteOptions each = orDefaults(options).withIfMatch(null);
        return bulk(collection, documents, (db, d) -> db.documents().replace(collection, keyOf(d), d, each));
    }

    @Override
    public List<BulkItemResult> removeAll(String collection, List<String> keys, WriteOptions options) {
        WriteOptions each = orDefaults(options).withIfMatch(null);
        return bulk(collection, keys, (db, k) -> db.documents().remove(collection, keyIn(collection, k), each));
    }

    /** A snapshot of the collection taken under the read lock; later writes do not change it. */
    @Override
    public QueryCursor documents(String collection, int batchSize) {
        Objects.requireNonNull(collection, "collection is null");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        return new SnapshotCursor(read(db -> db.collectionForDocuments(collection).documents()), batchSize);
    }

    /** One result per input, in order; a failing document fails alone. */
    private <T> List<BulkItemResult> bulk(String collection, List<T> inputs,
                                          BiFunction<MemoryDatabase, T, WriteResult> writeOne) {
        Objects.requireNonNull(inputs, "inputs is null");
        return write(db -> {
            db.collectionForDocuments(collection);
            List<BulkItemResult> results = new ArrayList<>(inputs.size());
            for (T input : inputs) {
                try {
                    results.add(BulkItemResult.success(writeOne.apply(db, input)));
                } catch (DatabaseError e) {
                    results.add(BulkItemResult.failure(e));
                }
            }
            return results;
        });
    }

    /** The {@code _key} naming a bulk item's document: 400/1205 when missing, 400/1221 when no string. */
    private static String keyOf(Map<String, Object> document) {
        if (document == null) {
            throw StoreErrors.invalidDocumentType();
        }
        Object key = document.get("_key");
        if (key == null) {
            throw StoreErrors.missingDocumentHandle();
        }
        if (!(key instanceof String)) {
            throw StoreErrors.illegalKey();
        }
        return (String) key;
    }

    /** A key, or a document id of this collection (multi-document removes accept both). */
    private static String keyIn(String collection, String keyOrId) {
        if (keyOrId == null) {
            throw StoreErrors.missingDocumentHandle();
        }
        String prefix = collection + "/";
        return keyOrId.startsWith(prefix) ? keyOrId.substring(prefix.length()) : keyOrId;
    }

    private static WriteOptions orDefaults(WriteOptions options) {
        return options == null ? WriteOptions.defaults() : options;
    }

    // ---- indexes -----------------------------------------------------------------------------------------

    @Override
    public List<IndexInfo> indexes(String collection) {
        return read(db -> db.collection(collection).indexes().describe());
    }

    @Override
    public IndexInfo ensureIndex(String collection, IndexSpec spec) {
        return write(db -> db.ensureIndex(collection, spec));
    }

    @Override
    public String dropIndex(String collection, String idOrName) {
        return write(db -> db.dropIndex(collection, idOrName));
    }

    // ---- AQL ---------------------------------------------------------------------------------------------

    @Override
    public QueryCursor query(String query, Map<String, Object> bindVars, QueryOptions options) {
        // Not under the database lock: the engine takes it per lookup, or for the whole of a modification query.
        return server.aql().query(server.database(databaseName), query, bindVars, options);
    }

    @Override
    public Map<String, Object> explain(String query, Map<String, Object> bindVars, boolean allPlans, int maxPlans) {
        return server.aql().explain(server.database(databaseName), query, bindVars, allPlans, maxPlans);
    }

    @Override
    public Map<String, Object> parse(String query) {
        server.database(databaseName);
        return server.aql().parse(query);
    }

    // ---- named graphs ------------------------------------------------------------------------------------

    @Override
    public List<GraphInfo> graphs() {
        return read(db -> new NamedGraphs(db).list());
    }

    @Override
    public GraphInfo graph(String name) {
        return read(db -> new NamedGraphs(db).get(name));
    }

    @Override
    public GraphInfo createGraph(GraphInfo graph) {
        Objects.requireNonNull(graph, "graph is null");
        return write(db -> new NamedGraphs(db).create(graph));
    }

    @Override
    public void dropGraph(String name, boolean dropCollections) {
        run(db -> new NamedGraphs(db).drop(name, dropCollections));
    }

    @Override
    public GraphInfo addVertexCollection(String graph, String collection) {
        return write(db -> new NamedGraphs(db).addVertexCollection(graph, collection));
    }

    @Override
    public GraphInfo addEdgeDefinition(String graph, EdgeDefinition definition) {
        Objects.requireNonNull(definition, "definition is null");
        return write(db -> new NamedGraphs(db).addEdgeDefinition(graph, definition));
    }
}
