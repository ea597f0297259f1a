package io.arangomcp.adapters.memory.graph;

import io.arangomcp.adapters.memory.store.MemoryCollection;
import io.arangomcp.adapters.memory.store.MemoryDatabase;
import io.arangomcp.adapters.memory.store.Names;
import io.arangomcp.adapters.memory.store.StoreErrors;
import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;
import io.arangomcp.ports.out.gateway.WriteOptions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * In-memory backend: named graphs of one database, kept like ArangoDB keeps them: as documents of the
 * {@code _graphs} system collection. Creating or extending a graph creates its missing collections; an edge
 * collection must be defined the same way in every graph that uses it. Reads run inside
 * {@link MemoryDatabase#read}, changes inside {@link MemoryDatabase#write}.
 */
public final class NamedGraphs {

    private static final String GRAPHS = "_graphs";

    private final MemoryDatabase database;

    public NamedGraphs(MemoryDatabase database) {
        this.database = Objects.requireNonNull(database, "database is null");
    }

    /** All graphs, in {@code _graphs} order. */
    public List<GraphInfo> list() {
        return database.findCollection(GRAPHS)
                .map(c -> c.documents().stream().map(GraphDocuments::fromDocument).toList())
                .orElse(List.of());
    }

    /** One graph; 404/1924 when it does not exist. */
    public GraphInfo get(String name) {
        return find(name).orElseThrow(() -> GraphErrors.notFound(name));
    }

    private Optional<GraphInfo> find(String name) {
        return database.findCollection(GRAPHS).flatMap(c -> c.document(name)).map(GraphDocuments::fromDocument);
    }

    /** Creates a graph and its missing collections. */
    public GraphInfo create(GraphInfo requested) {
        if (requested.name().isEmpty()) {
            throw GraphErrors.missingName();
        }
        if (!Names.isValidKey(requested.name())) {
            throw StoreErrors.illegalKey();
        }
        if (find(requested.name()).isPresent()) {
            throw GraphErrors.duplicate();
        }
        GraphInfo graph = GraphDocuments.normalize(requested);
        graph.edgeDefinitions().forEach(d -> checkSameEverywhere(d, graph.name()));
        ensureCollections(graph);
        graphsCollection();
        database.documents().insert(GRAPHS, GraphDocuments.toDocument(graph), WriteOptions.defaults());
        return graph;
    }

    /** Drops a graph, and with {@code dropCollections} each of its collections that no other graph uses. */
    public void drop(String name, boolean dropCollections) {
        GraphInfo graph = get(name);
        database.documents().remove(GRAPHS, name, WriteOptions.defaults());
        Set<String> collections = new LinkedHashSet<>(graph.vertexCollections());
        collections.addAll(graph.edgeCollections());
        dropIfUnused(List.copyOf(collections), dropCollections);
    }

    /** Adds an orphan vertex collection, creating it when missing. */
    public GraphInfo addVertexCollection(String name, String collection) {
        GraphInfo graph = get(name);
        if (graph.orphanCollections().contains(collection)) {
            throw GraphErrors.usedInOrphans();
        }
        if (graph.vertexCollections().contains(collection)) {
            throw GraphErrors.usedInEdgeDefinition(collection);
        }
        Optional<MemoryCollection> existing = database.findCollection(collection);
        if (existing.isPresent() && existing.get().isEdgeCollection()) {
            throw GraphErrors.notAVertexCollection();
        }
        if (existing.isEmpty()) {
            database.createCollection(collection, CollectionSpec.of(CollectionType.DOCUMENT));
        }
        List<String> orphans = new ArrayList<>(graph.orphanCollections());
        orphans.add(collection);
        return save(new GraphInfo(name, graph.edgeDefinitions(), orphans));
    }

    /** Adds an edge definition, creating missing collections; orphans it uses become vertex collections. */
    public GraphInfo addEdgeDefinition(String name, EdgeDefinition requested) {
        GraphInfo graph = get(name);
        EdgeDefinition definition = GraphDocuments.normalize(requested);
        if (graph.edgeCollections().contains(definition.collection())) {
            throw GraphErrors.edgeCollectionMultiUse(definition.collection());
        }
        checkSameEverywhere(definition, name);
        List<EdgeDefinition> definitions = new ArrayList<>(graph.edgeDefinitions());
        definitions.add(definition);
        GraphInfo extended = new GraphInfo(name, definitions, graph.orphanCollections());
        ensureCollections(extended);
        return save(extended);
    }

    /**
     * Removes an orphan collection from a graph (400/1928 when it is not an orphan), and drops it when asked and
     * no other graph uses it.
     */
    public GraphInfo removeVertexCollection(String name, String collection, boolean dropCollection) {
        GraphInfo graph = get(name);
        if (!graph.orphanCollections().contains(collection)) {
            throw GraphErrors.notInOrphans();
        }
        List<String> orphans = new ArrayList<>(graph.orphanCollections());
        orphans.remove(collection);
        GraphInfo changed = save(new GraphInfo(name, graph.edgeDefinitions(), orphans));
        dropIfUnused(List.of(collection), dropCollection);
        return changed;
    }

    /**
     * Replaces the edge definition of the same edge collection (404/1930 when the graph has none), creating
     * missing collections; vertex collections it no longer uses stay in the graph as orphans.
     */
    public GraphInfo replaceEdgeDefinition(String name, EdgeDefinition requested) {
        GraphInfo graph = get(name);
        EdgeDefinition definition = GraphDocuments.normalize(requested);
        if (!graph.edgeCollections().contains(definition.collection())) {
            throw GraphErrors.edgeCollectionNotUsed();
        }
        checkSameEverywhere(definition, name);
        List<EdgeDefinition> definitions = new ArrayList<>();
        for (EdgeDefinition d : graph.edgeDefinitions()) {
            definitions.add(d.collection().equals(definition.collection()) ? definition : d);
        }
        GraphInfo changed = new GraphInfo(name, definitions, keptAsOrphans(graph, definitions));
        ensureCollections(changed);
        return save(changed);
    }

    /**
     * Removes the edge definition of an edge collection (404/1930 when the graph has none); its vertex
     * collections stay as orphans, and the edge collection is dropped when asked and no other graph uses it.
     */
    public GraphInfo removeEdgeDefinition(String name, String edgeCollection, boolean dropCollection) {
        GraphInfo graph = get(name);
        if (!graph.edgeCollections().contains(edgeCollection)) {
            throw GraphErrors.edgeCollectionNotUsed();
        }
        List<EdgeDefinition> definitions = new ArrayList<>(graph.edgeDefinitions());
        definitions.removeIf(d -> d.collection().equals(edgeCollection));
        GraphInfo changed = save(new GraphInfo(name, definitions, keptAsOrphans(graph, definitions)));
        dropIfUnused(List.of(edgeCollection), dropCollection);
        return changed;
    }

    /** The graph's orphans plus the vertex collections that the new definitions no longer mention. */
    private static List<String> keptAsOrphans(GraphInfo graph, List<EdgeDefinition> definitions) {
        List<String> orphans = new ArrayList<>(graph.vertexCollections());
        orphans.removeAll(new GraphInfo(graph.name(), definitions, List.of()).vertexCollections());
        return orphans;
    }

    private void dropIfUnused(List<String> collections, boolean drop) {
        if (!drop) {
            return;
        }
        for (String collection : collections) {
            if (database.findCollection(collection).isPresent() && roleInAnyGraph(collection).isEmpty()) {
                database.dropCollection(collection);
            }
        }
    }

    /**
     * Renames a collection (see {@link MemoryDatabase#renameCollection}) and every graph's mentions of it, as a
     * single ArangoDB server does: its graph manager rewrites the {@code _graphs} documents after the rename.
     */
    public MemoryCollection renameCollection(String collection, String newName) {
        String oldName = database.collection(collection).name();
        MemoryCollection renamed = database.renameCollection(collection, newName);
        for (GraphInfo graph : list()) {
            GraphInfo changed = GraphDocuments.withRenamedCollection(graph, oldName, newName);
            if (!changed.equals(graph)) {
                save(changed);
            }
        }
        return renamed;
    }

    /**
     * Refuses (400/1942) to drop a collection that a graph still uses, as ArangoDB 3.12 does; drop or change the
     * graph first.
     */
    public void checkNotInGraph(String collection) {
        roleInAnyGraph(collection).ifPresent(use -> {
            throw GraphErrors.mustNotDropCollection(collection, use.role(), use.graph());
        });
    }

    private record GraphUse(String role, String graph) {
    }

    /** How a graph uses the collection, checking orphans, then edge collections, then vertex collections. */
    private Optional<GraphUse> roleInAnyGraph(String collection) {
        for (GraphInfo graph : list()) {
            if (graph.orphanCollections().contains(collection)) {
                return Optional.of(new GraphUse("an orphan collection", graph.name()));
            }
            if (graph.edgeCollections().contains(collection)) {
                return Optional.of(new GraphUse("an edge collection", graph.name()));
            }
            if (graph.vertexCollections().contains(collection)) {
                return Optional.of(new GraphUse("a vertex collection", graph.name()));
            }
        }
        return Optional.empty();
    }

    /** 400/1921 when another graph defines the same edge collection with other vertex collections. */
    private void checkSameEverywhere(EdgeDefinition definition, String graphName) {
        for (GraphInfo other : list()) {
            if (other.name().equals(graphName)) {
                continue;
            }
            for (EdgeDefinition existing : other.edgeDefinitions()) {
                if (existing.collection().equals(definition.collection()) && !existing.equals(definition)) {
                    throw GraphErrors.edgeCollectionUsedInOtherGraph(definition.collection());
                }
            }
        }
    }

    /** Creates missing collections: 400/1944 when an edge collection exists as a document collection. */
    private void ensureCollections(GraphInfo graph) {
        for (String edges : graph.edgeCollections()) {
            database.findCollection(edges).filter(c -> !c.isEdgeCollection()).ifPresent(c -> {
                throw GraphErrors.notAnEdgeCollection(edges);
            });
        }
        for (String vertices : graph.vertexCollections()) {
            if (database.findCollection(vertices).isEmpty() && !graph.edgeCollections().contains(vertices)) {
                database.createCollection(vertices, CollectionSpec.of(CollectionType.DOCUMENT));
            }
        }
        for (String edges : graph.edgeCollections()) {
            if (database.findCollection(edges).isEmpty()) {
                database.createCollection(edges, CollectionSpec.of(CollectionType.EDGE));
            }
        }
    }

    private GraphInfo save(GraphInfo changed) {
        GraphInfo graph = GraphDocuments.normalize(changed);
        database.documents().replace(GRAPHS, graph.name(), GraphDocuments.toDocument(graph), WriteOptions.defaults());
        return graph;
    }

    /** {@code _graphs}, recreated if someone dropped it. */
    private void graphsCollection() {
        if (database.findCollection(GRAPHS).isEmpty()) {
            database.createCollection(GRAPHS, CollectionSpec.of(CollectionType.DOCUMENT));
        }
    }
}
