package io.arangomcp.adapters.arangodb;

import com.arangodb.ArangoDB;
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

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * ArangoDB backend: the {@link DatabaseGateway} of one database on a real server, through the client its
 * {@link ArangoServerClient} shares with every other database on that server. Each area of the API has its own
 * class; this one only routes. Thread-safe.
 */
final class ArangoDatabaseGateway implements DatabaseGateway {

    private static final Set<Capability> CAPABILITIES = Collections.unmodifiableSet(EnumSet.of(Capability.AQL,
            Capability.EXPLAIN, Capability.PROFILE, Capability.NAMED_GRAPHS, Capability.SCHEMA_VALIDATION));

    private final String name;
    private final ArangoDB arango;
    private final DriverErrors errors;
    private final CollectionCalls collections;
    private final DocumentCalls documents;
    private final IndexCalls indexes;
    private final QueryCalls queries;
    private final GraphCalls graphs;

    ArangoDatabaseGateway(ArangoDB arango, String name, DriverErrors errors) {
        this.arango = Objects.requireNonNull(arango, "arango is null");
        this.name = Objects.requireNonNull(name, "name is null");
        this.errors = Objects.requireNonNull(errors, "errors is null");
        RestCalls rest = new RestCalls(arango, name, errors);
        this.collections = new CollectionCalls(rest);
        this.documents = new DocumentCalls(rest);
        this.indexes = new IndexCalls(rest);
        this.queries = new QueryCalls(rest);
        this.graphs = new GraphCalls(rest);
    }

    @Override
    public String databaseName() {
        return name;
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    /** The version as this database's endpoint reports it, which also proves the database exists. */
    @Override
    public ServerVersion version() {
        try {
            return ArangoServerClient.version(arango.db(name).getVersion());
        } catch (RuntimeException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public List<CollectionInfo> collections() {
        return collections.list();
    }

    @Override
    public CollectionInfo collection(String collection) {
        return collections.get(collection);
    }

    @Override
    public CollectionInfo createCollection(String collection, CollectionSpec spec) {
        return collections.create(collection, Objects.requireNonNull(spec, "spec is null"));
    }

    @Override
    public void dropCollection(String collection) {
        collections.drop(collection);
    }

    @Override
    public void truncateCollection(String collection) {
        collections.truncate(collection);
    }

    @Override
    public long count(String collection) {
        return collections.count(collection);
    }

    @Override
    public CollectionInfo setSchema(String collection, Map<String, Object> schema) {
        return collections.setSchema(collection, schema);
    }

    @Override
    public Map<String, Object> document(String collection, String key) {
        return documents.get(collection, key);
    }

    @Override
    public WriteResult insert(String collection, Map<String, Object> document, WriteOptions options) {
        return documents.insert(collection, document, options);
    }

    @Override
    public WriteResult update(String collection, String key, Map<String, Object> patch, WriteOptions options) {
        return documents.update(collection, key, patch, options);
    }

    @Override
    public WriteResult replace(String collection, String key, Map<String, Object> document, WriteOptions options) {
        return documents.replace(collection, key, document, options);
    }

    @Override
    public WriteResult remove(String collection, String key, WriteOptions options) {
        return documents.remove(collection, key, options);
    }

    @Override
    public List<BulkItemResult> insertAll(String collection, List<Map<String, Object>> documentList,
                                          WriteOptions options) {
        return documents.insertAll(collection, documentList, options);
    }

    @Override
    public List<BulkItemResult> updateAll(String collection, List<Map<String, Object>> patches,
                                          WriteOptions options) {
        return documents.updateAll(collection, patches, options);
    }

    @Override
    public List<BulkItemResult> replaceAll(String collection, List<Map<String, Object>> documentList,
                                           WriteOptions options) {
        return documents.replaceAll(collection, documentList, options);
    }

    @Override
    public List<BulkItemResult> removeAll(String collection, List<String> keys, WriteOptions options) {
        return documents.removeAll(collection, keys, options);
    }

    @Override
    public List<IndexInfo> indexes(String collection) {
        return indexes.list(collection);
    }

    @Override
    public IndexInfo ensureIndex(String collection, IndexSpec spec) {
        return indexes.ensure(collection, Objects.requireNonNull(spec, "spec is null"));
    }

    @Override
    public String dropIndex(String collection, String idOrName) {
        return indexes.drop(collection, Objects.requireNonNull(idOrName, "idOrName is null"));
    }

    @Override
    public QueryCursor query(String query, Map<String, Object> bindVars, QueryOptions options) {
        return queries.query(query, bindVars, options);
    }

    @Override
    public Map<String, Object> explain(String query, Map<String, Object> bindVars, boolean allPlans, int maxPlans) {
        return queries.explain(query, bindVars, allPlans, maxPlans);
    }

    @Override
    public Map<String, Object> parse(String query) {
        return queries.parse(query);
    }

    @Override
    public List<GraphInfo> graphs() {
        return graphs.list();
    }

    @Override
    public GraphInfo graph(String graph) {
        return graphs.get(graph);
    }

    @Override
    public GraphInfo createGraph(GraphInfo graph) {
        return graphs.create(Objects.requireNonNull(graph, "graph is null"));
    }

    @Override
    public void dropGraph(String graph, boolean dropCollections) {
        graphs.drop(graph, dropCollections);
    }

    @Override
    public GraphInfo addVertexCollection(String graph, String collection) {
        return graphs.addVertexCollection(graph, collection);
    }

    @Override
    public GraphInfo addEdgeDefinition(String graph, EdgeDefinition definition) {
        return graphs.addEdgeDefinition(graph, Objects.requireNonNull(definition, "definition is null"));
    }
}
