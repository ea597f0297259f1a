package io.arangomcp.adapters.memory.aql;

import io.arangomcp.adapters.memory.graph.NamedGraphs;
import io.arangomcp.adapters.memory.store.MemoryCollection;
import io.arangomcp.adapters.memory.store.MemoryDatabase;
import io.arangomcp.aql.catalog.Catalog;
import io.arangomcp.aql.catalog.CatalogCollection;
import io.arangomcp.aql.catalog.GraphDefinition;
import io.arangomcp.aql.catalog.WriteTransaction;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.GraphInfo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * In-memory backend: the AQL engine's view of one database. Reads take the database's read lock only for as
 * long as one lookup or one snapshot takes, so a lazily read query result never holds a lock between batches;
 * a modification query writes inside one {@link io.arangomcp.adapters.memory.store.WriteSession}, all or
 * nothing.
 */
public final class MemoryCatalog implements Catalog {
    private final MemoryDatabase database;

    public MemoryCatalog(MemoryDatabase database) {
        this.database = Objects.requireNonNull(database, "database is null");
    }

    @Override
    public String databaseName() {
        return database.name();
    }

    @Override
    public Optional<CatalogCollection> collection(String name) {
        return database.read(() -> database.findCollection(name))
                .map(c -> new MemoryCatalogCollection(database, c));
    }

    @Override
    public List<String> collectionNames() {
        return database.read(() -> database.collections().stream().map(MemoryCollection::name).toList());
    }

    @Override
    public Optional<GraphDefinition> graph(String name) {
        return database.read(() -> {
            try {
                return Optional.of(toDefinition(new NamedGraphs(database).get(name)));
            } catch (DatabaseError e) {
                if (e.errorNum() == 1924) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    @Override
    public WriteTransaction beginWrite(Set<String> collections) {
        return new MemoryWriteTransaction(database, database.beginWrite());
    }

    private static GraphDefinition toDefinition(GraphInfo graph) {
        return new GraphDefinition(graph.name(), graph.edgeDefinitions().stream()
                .map(d -> new GraphDefinition.EdgeDefinition(d.collection(), d.from(), d.to()))
                .toList(), graph.orphanCollections());
    }
}
