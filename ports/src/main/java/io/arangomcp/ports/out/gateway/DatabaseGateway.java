package io.arangomcp.ports.out.gateway;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a tool may ask of one ArangoDB database.
 *
 * <p>Implementations: the in-memory backend and the ArangoDB driver backend; both pass the same contract suite.
 * Failures are {@link io.arangomcp.domain.error.DatabaseError}s with ArangoDB's status and {@code errorNum}
 * (e.g. 404/1203 for an unknown collection), or {@link io.arangomcp.domain.error.ArangoMcpException}s with code
 * {@code NOT_SUPPORTED} for calls outside the gateway's {@link #capabilities()}, or
 * {@code DATABASE_UNAVAILABLE}/{@code TIMEOUT} when the server cannot be reached in time.
 *
 * <p>Implementations are thread-safe: one gateway serves all sessions that use its database.
 *
 * @since 0.1
 */
public interface DatabaseGateway {

    /** The ArangoDB database name this gateway works on. */
    String databaseName();

    /** What this gateway can do beyond documents, collections and indexes. */
    Set<Capability> capabilities();

    /** The server's product, version and license. */
    ServerVersion version();

    // ---- collections -------------------------------------------------------------------------------------

    /** All collections of the database, system collections included, in the server's order. */
    List<CollectionInfo> collections();

    /** One collection; 404/1203 when it does not exist. */
    CollectionInfo collection(String name);

    /** Creates a collection; 409/1207 when the name is taken, 400/1208 when it is illegal. */
    CollectionInfo createCollection(String name, CollectionSpec spec);

    /** Drops a collection and its documents and indexes; 404/1203 when it does not exist. */
    void dropCollection(String name);

    /** Removes every document of a collection, keeping its indexes. */
    void truncateCollection(String name);

    /** The number of documents in a collection. */
    long count(String collection);

    /** Sets ({@code schema} non-null) or removes ({@code null}) a collection's JSON schema. */
    CollectionInfo setSchema(String collection, Map<String, Object> schema);

    // ---- documents ---------------------------------------------------------------------------------------

    /** One document; 404/1202 when it does not exist. */
    Map<String, Object> document(String collection, String key);

    /** Inserts a document; the key is generated when the document has no {@code _key}. */
    WriteResult insert(String collection, Map<String, Object> document, WriteOptions options);

    /** Merges {@code patch} into a document (see {@link WriteOptions#keepNull()} and {@code mergeObjects}). */
    WriteResult update(String collection, String key, Map<String, Object> patch, WriteOptions options);

    /** Replaces a document's user attributes with {@code document}. */
    WriteResult replace(String collection, String key, Map<String, Object> document, WriteOptions options);

    /** Removes a document. */
    WriteResult remove(String collection, String key, WriteOptions options);

    /** Inserts many documents; one result per input, in order. 404/1203 for an unknown collection. */
    List<BulkItemResult> insertAll(String collection, List<Map<String, Object>> documents, WriteOptions options);

    /** Updates many documents; each patch names its document by {@code _key}. One result per input, in order. */
    List<BulkItemResult> updateAll(String collection, List<Map<String, Object>> patches, WriteOptions options);

    /** Replaces many documents; each names its document by {@code _key}. One result per input, in order. */
    List<BulkItemResult> replaceAll(String collection, List<Map<String, Object>> documents, WriteOptions options);

    /**
     * Reads every document of a collection, in the server's order, batch by batch; the collection is not held in
     * memory at once by the caller. 404/1203 for an unknown collection.
     *
     * <p>The default runs {@code FOR d IN @@collection RETURN d} through {@link #query} (so it needs
     * {@link Capability#AQL}); backends that can scan without AQL override it.
     *
     * @param collection the collection name
     * @param batchSize  documents per batch, at least 1
     * @since 0.1
     */
    default QueryCursor documents(String collection, int batchSize) {
        Objects.requireNonNull(collection, "collection is null");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        return query("FOR d IN @@collection RETURN d", Map.of("@collection", collection),
                QueryOptions.defaults().withBatchSize(batchSize));
    }

    /** Removes many documents by key. One result per input, in order. */
    List<BulkItemResult> removeAll(String collection, List<String> keys, WriteOptions options);

    // ---- indexes -----------------------------------------------------------------------------------------

    /** The indexes of a collection, the primary (and edge) index first. */
    List<IndexInfo> indexes(String collection);

    /** Creates an index, or returns the equal existing one with {@code newlyCreated=false}. */
    IndexInfo ensureIndex(String collection, IndexSpec spec);

    /**
     * Drops an index given as {@code collection/id}, a bare id, or a name; 404/1212 when it does not exist.
     *
     * @return the full id of the dropped index
     */
    String dropIndex(String collection, String idOrName);

    // ---- AQL ---------------------------------------------------------------------------------------------

    /** Starts an AQL query; rows are read from the returned cursor batch by batch. */
    QueryCursor query(String query, Map<String, Object> bindVars, QueryOptions options);

    /**
     * Explains a query without running it. Returns ArangoDB's explain object: {@code plan} (with {@code nodes},
     * {@code collections}, {@code estimatedCost}, {@code isModificationQuery}) or {@code plans} when
     * {@code allPlans}, plus {@code warnings}, {@code stats} and {@code cacheable}.
     */
    Map<String, Object> explain(String query, Map<String, Object> bindVars, boolean allPlans, int maxPlans);

    /** Parses a query. Returns {@code parsed}, {@code collections}, {@code bindVars} and {@code ast}. */
    Map<String, Object> parse(String query);

    // ---- named graphs ------------------------------------------------------------------------------------

    /** The named graphs of the database. */
    List<GraphInfo> graphs();

    /** One named graph; 404/1924 when it does not exist. */
    GraphInfo graph(String name);

    /** Creates a named graph, creating missing collections; 409/1925 when it exists. */
    GraphInfo createGraph(GraphInfo graph);

    /** Drops a named graph, and its collections when asked; 404/1924 when it does not exist. */
    void dropGraph(String name, boolean dropCollections);

    /** Adds an orphan vertex collection to a graph, creating it when missing. */
    GraphInfo addVertexCollection(String graph, String collection);

    /** Adds an edge definition to a graph, creating missing collections. */
    GraphInfo addEdgeDefinition(String graph, EdgeDefinition definition);
}
