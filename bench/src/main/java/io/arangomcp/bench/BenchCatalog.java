package io.arangomcp.bench;

import io.arangomcp.aql.catalog.Catalog;
import io.arangomcp.aql.catalog.CatalogCollection;
import io.arangomcp.aql.catalog.CollectionKind;
import io.arangomcp.aql.catalog.EdgeDirection;
import io.arangomcp.aql.catalog.GraphDefinition;
import io.arangomcp.aql.catalog.IndexDescriptor;
import io.arangomcp.aql.catalog.WriteTransaction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A read-only catalog over immutable generated data with a primary hash index and an edge index, the shape of
 * the in-memory backend's data, used by the benchmarks.
 */
public final class BenchCatalog implements Catalog {
    private final Map<String, Coll> collections = new LinkedHashMap<>();

    /** Adds a collection holding the given documents (each must have {@code _key}; edges {@code _from}/{@code _to}). */
    public void add(String name, CollectionKind kind, List<Map<String, Object>> docs) {
        collections.put(name, new Coll(name, kind, docs));
    }

    /** The documents of a collection, for the hand-written loops. */
    public List<Map<String, Object>> docs(String name) {
        return collections.get(name).docs;
    }

    /** Key lookup, for the hand-written loops. */
    public Map<String, Object> get(String collection, String key) {
        return collections.get(collection).byKey.get(key);
    }

    /** Outbound edges, for the hand-written loops. */
    public List<Map<String, Object>> outbound(String collection, String vertexId) {
        return collections.get(collection).edges(vertexId, EdgeDirection.OUTBOUND);
    }

    @Override
    public String databaseName() {
        return "bench";
    }

    @Override
    public Optional<CatalogCollection> collection(String name) {
        return Optional.ofNullable(collections.get(name));
    }

    @Override
    public List<String> collectionNames() {
        return new ArrayList<>(collections.keySet());
    }

    @Override
    public Optional<GraphDefinition> graph(String name) {
        return Optional.empty();
    }

    @Override
    public WriteTransaction beginWrite(Set<String> names) {
        throw new UnsupportedOperationException("the benchmark catalog is read-only");
    }

    private static final class Coll implements CatalogCollection {
        private final String name;
        private final CollectionKind kind;
        private final List<Map<String, Object>> docs;
        private final Map<String, Map<String, Object>> byKey = new HashMap<>();
        private final Map<String, List<Map<String, Object>>> out = new HashMap<>();
        private final Map<String, List<Map<String, Object>>> in = new HashMap<>();

        Coll(String name, CollectionKind kind, List<Map<String, Object>> docs) {
            this.name = name;
            this.kind = kind;
            this.docs = Collections.unmodifiableList(docs);
            for (Map<String, Object> d : docs) {
                byKey.put((String) d.get("_key"), d);
                if (kind == CollectionKind.EDGE) {
                    out.computeIfAbsent((String) d.get("_from"), k -> new ArrayList<>()).add(d);
                    in.computeIfAbsent((String) d.get("_to"), k -> new ArrayList<>()).add(d);
                }
            }
        }

        public String name() {
            return name;
        }

        public String id() {
            return name;
        }

        public CollectionKind kind() {
            return kind;
        }

        public long count() {
            return docs.size();
        }

        public Iterator<Map<String, Object>> scan() {
            return docs.iterator();
        }

        public Map<String, Object> get(String key) {
            return byKey.get(key);
        }

        public List<IndexDescriptor> indexes() {
            List<IndexDescriptor> out = new ArrayList<>();
            out.add(new IndexDescriptor(name + "/0", "primary", "primary", List.of("_key"), true, false));
            if (kind == CollectionKind.EDGE) {
                out.add(new IndexDescriptor(name + "/1", "edge", "edge", List.of("_from", "_to"), false, false));
            }
            return out;
        }

        @Override
        public List<Map<String, Object>> edges(String vertexId, EdgeDirection direction) {
            List<Map<String, Object>> l = (direction == EdgeDirection.OUTBOUND ? out : in).get(vertexId);
            return l == null ? List.of() : l;
        }
    }
}
