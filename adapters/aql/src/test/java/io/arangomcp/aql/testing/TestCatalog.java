package io.arangomcp.aql.testing;

import io.arangomcp.aql.catalog.Catalog;
import io.arangomcp.aql.catalog.CatalogCollection;
import io.arangomcp.aql.catalog.CollectionKind;
import io.arangomcp.aql.catalog.GraphDefinition;
import io.arangomcp.aql.catalog.WriteTransaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A small, clean in-memory implementation of the engine's {@link Catalog} for tests and the fidelity runner:
 * collections in insertion order, generated keys and revisions, named graphs, and all-or-nothing write
 * transactions (one writer at a time; a failed query restores the collections it wrote).
 */
public final class TestCatalog implements Catalog {
    private final Map<String, TestCollection> collections = new LinkedHashMap<>();
    private final Map<String, GraphDefinition> graphs = new LinkedHashMap<>();
    private final AtomicLong keys = new AtomicLong(70000);
    private final AtomicLong revisions = new AtomicLong(1);
    private final ReentrantLock writer = new ReentrantLock();

    /** Creates a collection (document or edge). */
    public synchronized TestCollection create(String name, CollectionKind kind) {
        TestCollection c = new TestCollection(name, Long.toString(10000 + collections.size()), kind);
        collections.put(name, c);
        return c;
    }

    /** Adds a named graph. */
    public synchronized void addGraph(GraphDefinition graph) {
        graphs.put(graph.name(), graph);
    }

    /** Sets a collection's schema ({@code {rule, level, message}}). */
    public void schema(String collection, Map<String, Object> schema) {
        collections.get(collection).schema(schema);
    }

    /** Inserts documents outside any query (test setup); missing keys are generated. */
    public void load(String collection, List<Map<String, Object>> docs) {
        try (WriteTransaction tx = beginWrite(Set.of(collection))) {
            for (Map<String, Object> d : docs) {
                tx.insert(collection, d, io.arangomcp.aql.catalog.WriteOptions.DEFAULTS);
            }
            tx.commit();
        }
    }

    @Override
    public String databaseName() {
        return "_system";
    }

    @Override
    public synchronized Optional<CatalogCollection> collection(String name) {
        return Optional.ofNullable(collections.get(name));
    }

    synchronized TestCollection require(String name) {
        TestCollection c = collections.get(name);
        if (c == null) {
            throw new io.arangomcp.domain.error.DatabaseError(404, 1203, "collection or view not found: " + name);
        }
        return c;
    }

    @Override
    public synchronized List<String> collectionNames() {
        return new ArrayList<>(collections.keySet());
    }

    @Override
    public synchronized Optional<GraphDefinition> graph(String name) {
        return Optional.ofNullable(graphs.get(name));
    }

    @Override
    public WriteTransaction beginWrite(Set<String> written) {
        writer.lock();
        return new TestTransaction(this, writer);
    }

    String nextKey() {
        return Long.toString(keys.addAndGet(2));
    }

    String nextRevision() {
        return "_rev" + revisions.incrementAndGet();
    }
}
