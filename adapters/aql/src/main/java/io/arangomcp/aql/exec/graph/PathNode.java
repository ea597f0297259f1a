package io.arangomcp.aql.exec.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A path under construction as a chain back to the start: each node holds one vertex and the edge that led to
 * it, so extending a path costs one object, not a copy.
 */
public final class PathNode {
    public final String vertexId;
    private Map<String, Object> vertex;
    private boolean resolved;
    public final Map<String, Object> edge;
    /** The edge's {@code _id}, read on first use by the uniqueness checks of longer paths. */
    private Object edgeId;
    public final PathNode parent;
    public final int depth;
    public final double weight;

    public PathNode(String vertexId, Map<String, Object> vertex, Map<String, Object> edge, PathNode parent,
                    double weight) {
        this.vertexId = vertexId;
        this.vertex = vertex;
        this.resolved = true;
        this.edge = edge;
        this.parent = parent;
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.weight = weight;
    }

    /** A path step whose vertex document is fetched only when needed (traversals skip most of them). */
    public static PathNode lazy(String vertexId, Map<String, Object> edge, PathNode parent, double weight) {
        PathNode n = new PathNode(vertexId, null, edge, parent, weight);
        n.resolved = false;
        return n;
    }

    /** The vertex document (null when it does not exist), fetched on first use. */
    public Map<String, Object> vertex(GraphAccess g) {
        if (!resolved) {
            vertex = g.vertex(vertexId);
            resolved = true;
        }
        return vertex;
    }

    /** The vertex document of an eagerly built path. */
    public Map<String, Object> vertex() {
        return vertex;
    }

    /** Whether this path already passes through the vertex. */
    public boolean hasVertex(String id) {
        for (PathNode n = this; n != null; n = n.parent) {
            if (n.vertexId.equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** Whether this path already uses the edge (compared by identity of the stored document or its id). */
    public boolean hasEdge(Map<String, Object> e) {
        Object id = null;
        for (PathNode n = this; n.parent != null; n = n.parent) {
            if (n.edge == e) {
                return true;
            }
            if (id == null) {
                id = e.get("_id");
            }
            if (n.edgeId == null) {
                n.edgeId = n.edge.get("_id");
            }
            if (id != null && id.equals(n.edgeId)) {
                return true;
            }
        }
        return false;
    }

    /** The nodes from the start to this one. */
    public List<PathNode> nodes() {
        List<PathNode> out = new ArrayList<>(depth + 1);
        for (PathNode n = this; n != null; n = n.parent) {
            out.add(n);
        }
        Collections.reverse(out);
        return out;
    }

    /** The path object: {@code {edges, vertices}} plus {@code weights} (cumulative) or {@code weight} (total). */
    public Map<String, Object> toPath(GraphAccess g, boolean withWeights, boolean withTotal) {
        List<PathNode> nodes = nodes();
        List<Object> vertices = new ArrayList<>(nodes.size());
        List<Object> edges = new ArrayList<>(nodes.size());
        List<Object> weights = new ArrayList<>(nodes.size());
        for (PathNode n : nodes) {
            vertices.add(n.vertex(g));
            if (n.edge != null) {
                edges.add(n.edge);
            }
            weights.add(io.arangomcp.aql.value.Values.number(n.weight));
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("edges", edges);
        p.put("vertices", vertices);
        if (withWeights) {
            p.put("weights", weights);
        }
        if (withTotal) {
            p.put("weight", io.arangomcp.aql.value.Values.number(weight));
        }
        return p;
    }
}
