package io.arangomcp.aql.exec.graph;

import io.arangomcp.aql.ast.Direction;
import io.arangomcp.aql.catalog.CatalogCollection;
import io.arangomcp.aql.catalog.EdgeDirection;
import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.plan.PlanNode;
import io.arangomcp.aql.value.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph as traversals see it: the edges leaving a vertex (edge collections in definition order, then
 * insertion order; for ANY outbound before inbound), vertex lookup by id, and edge weights.
 */
public final class GraphAccess {
    /** A rough size of one path node and the edge list entries it stands for. */
    private static final long PATH_NODE_BYTES = 64;

    private final QueryContext q;
    private final List<PlanNode.EdgeCollection> edgeCollections;
    private final Set<String> vertexCollections;
    private final Map<String, CatalogCollection> vertexCollectionsByName = new HashMap<>();
    private final CatalogCollection[] edgeCatalogs;
    private final String weightAttribute;
    private final double defaultWeight;
    private long charged;
    private String lastVertexCollectionName;
    private CatalogCollection lastVertexCollection;

    /** One step from a vertex: the edge taken and the vertex it leads to. */
    public record Step(Map<String, Object> edge, String vertexId) {
    }

    /** Receives the steps from a vertex one by one (traversals need no list of them). */
    @FunctionalInterface
    public interface StepSink {
        void accept(Map<String, Object> edge, String vertexId);
    }

    public GraphAccess(QueryContext q, List<PlanNode.EdgeCollection> edgeCollections, Map<String, Object> options) {
        this.q = q;
        this.edgeCollections = edgeCollections;
        this.vertexCollections = names(options.get("vertexCollections"));
        this.weightAttribute = options.get("weightAttribute") instanceof String s ? s : null;
        Object dw = options.get("defaultWeight");
        this.defaultWeight = dw instanceof Number n ? n.doubleValue() : 1.0;
        this.edgeCatalogs = new CatalogCollection[edgeCollections.size()];
        for (int i = 0; i < edgeCatalogs.length; i++) {
            edgeCatalogs[i] = q.catalog().collection(edgeCollections.get(i).name()).orElse(null);
        }
    }

    private static Set<String> names(Object option) {
        if (option instanceof String s) {
            return Set.of(s);
        }
        if (option instanceof List<?> list && !list.isEmpty()) {
            Set<String> out = new java.util.HashSet<>();
            list.forEach(x -> out.add(Values.toStringValue(x)));
            return out;
        }
        return null;
    }

    /** The steps from a vertex, in the order the real server considers them. */
    public List<Step> steps(String vertexId) {
        List<Step> out = new ArrayList<>();
        forEachStep(vertexId, (edge, target) -> out.add(new Step(edge, target)));
        return out;
    }

    /**
     * The steps that lead to a vertex, walked backwards (for searches from the target): each edge with the vertex
     * it comes from.
     */
    public List<Step> reverseSteps(String vertexId) {
        List<Step> out = new ArrayList<>();
        visit(vertexId, true, (edge, source) -> out.add(new Step(edge, source)));
        return out;
    }

    /** Hands the steps from a vertex to {@code sink}, in the order the real server considers them. */
    public void forEachStep(String vertexId, StepSink sink) {
        visit(vertexId, false, sink);
    }

    private void visit(String vertexId, boolean reverse, StepSink sink) {
        for (int i = 0; i < edgeCatalogs.length; i++) {
            CatalogCollection c = edgeCatalogs[i];
            if (c == null) {
                continue;
            }
            Direction direction = edgeCollections.get(i).direction();
            boolean outbound = direction != (reverse ? Direction.OUTBOUND : Direction.INBOUND);
            boolean inbound = direction != (reverse ? Direction.INBOUND : Direction.OUTBOUND);
            if (outbound) {
                for (Map<String, Object> e : c.edges(vertexId, EdgeDirection.OUTBOUND)) {
                    offer(sink, e, e.get("_to"));
                }
            }
            if (inbound) {
                for (Map<String, Object> e : c.edges(vertexId, EdgeDirection.INBOUND)) {
                    offer(sink, e, e.get("_from"));
                }
            }
        }
    }

    /**
     * Called for every path node a search or traversal keeps: stops a cancelled or overrunning query promptly and
     * charges the node to the query's memory.
     */
    public void charge() {
        if ((++charged & 1023) == 0) {
            q.checkAlive();
        }
        q.allocate(PATH_NODE_BYTES);
    }

    /** Gives back the memory of {@code nodes} path nodes charged before. */
    public void discharge(long nodes) {
        q.release(nodes * PATH_NODE_BYTES);
    }

    private void offer(StepSink sink, Map<String, Object> edge, Object target) {
        if (target instanceof String id && vertexAllowed(id)) {
            sink.accept(edge, id);
        }
    }

    /** Whether the vertexCollections option lets the traversal visit this vertex. */
    public boolean vertexAllowed(String id) {
        if (vertexCollections == null) {
            return true;
        }
        int slash = id.indexOf('/');
        return slash > 0 && vertexCollections.contains(id.substring(0, slash));
    }

    /** The vertex document with this id, or null. */
    public Map<String, Object> vertex(String id) {
        int slash = id.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        q.stats().documentLookups++;
        CatalogCollection c = vertexCollection(id, slash);
        return c == null ? null : c.get(id.substring(slash + 1));
    }

    /** The collection named by the id's prefix; the last one is remembered, as most vertices share it. */
    private CatalogCollection vertexCollection(String id, int slash) {
        if (lastVertexCollection != null && slash == lastVertexCollectionName.length()
                && id.startsWith(lastVertexCollectionName)) {
            return lastVertexCollection;
        }
        String name = id.substring(0, slash);
        CatalogCollection c = vertexCollectionsByName.get(name);
        if (c == null && !vertexCollectionsByName.containsKey(name)) {
            c = q.catalog().collection(name).orElse(null);
            vertexCollectionsByName.put(name, c);
        }
        if (c != null) {
            lastVertexCollectionName = name;
            lastVertexCollection = c;
        }
        return c;
    }

    /** The weight of an edge (weightAttribute, else defaultWeight); negative weights are an error. */
    public double weight(Map<String, Object> edge) {
        double w = defaultWeight;
        if (weightAttribute != null && edge.get(weightAttribute) instanceof Number n) {
            w = n.doubleValue();
        }
        if (w < 0) {
            throw new io.arangomcp.domain.error.DatabaseError(400, 10, "negative weights not allowed");
        }
        return w;
    }

    public boolean weighted() {
        return weightAttribute != null;
    }

    /**
     * The vertex id a traversal or path search starts from: an id string, or a document's {@code _id}; null with
     * a warning for anything else.
     */
    public static String startId(QueryContext q, Object value, String what) {
        if (value instanceof String s) {
            if (s.indexOf('/') > 0) {
                return s;
            }
        } else if (value instanceof Map<?, ?> m && m.get("_id") instanceof String id) {
            return id;
        }
        q.warn(10, "Invalid input for " + what + ": Only id strings or objects with _id are allowed");
        return null;
    }
}
