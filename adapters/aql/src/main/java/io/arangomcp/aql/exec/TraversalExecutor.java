package io.arangomcp.aql.exec;

import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.exec.graph.GraphAccess;
import io.arangomcp.aql.exec.graph.PathNode;
import io.arangomcp.aql.plan.PlanNode;
import io.arangomcp.aql.value.Values;
import io.arangomcp.domain.error.DatabaseError;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A graph traversal, produced lazily path by path. Depth-first (the default) pushes a vertex's edges in order
 * and pops the last first, which reproduces the real server's order; breadth-first and weighted orders use a
 * queue. PRUNE stops expanding a path (the path itself is still emitted); uniqueness follows the options.
 */
final class TraversalExecutor extends Executor {
    private final PlanNode.Traversal t;
    private final GraphAccess graph;
    private final String order;
    private final boolean uniqueVerticesPath;
    private final boolean uniqueVerticesGlobal;
    private final boolean uniqueEdgesPath;
    private ArrayDeque<PathNode> frontier;
    private PriorityQueue<Object[]> weighted;
    private Set<String> visited;
    private long seq;

    TraversalExecutor(QueryContext q, Executor input, PlanNode.Traversal node, boolean timed) {
        super(q, input, node, timed);
        this.t = node;
        Map<String, Object> o = node.options();
        this.graph = new GraphAccess(q, node.edges(), o);
        String ord = o.get("order") instanceof String s ? s : Values.toBool(o.get("bfs")) ? "bfs" : "dfs";
        this.order = ord;
        String uv = o.get("uniqueVertices") instanceof String s ? s : "none";
        this.uniqueVerticesPath = uv.equals("path");
        this.uniqueVerticesGlobal = uv.equals("global");
        this.uniqueEdgesPath = !"none".equals(o.get("uniqueEdges"));
        if (uniqueVerticesGlobal && ord.equals("dfs")) {
            throw new DatabaseError(400, 10, "uniqueVertices: 'global' is only supported with order: 'bfs' or "
                    + "'weighted' due to otherwise unpredictable results");
        }
    }

    @Override
    boolean produce() {
        while (true) {
            PathNode n = poll();
            if (n != null) {
                boolean expand = n.depth < t.maxDepth();
                if (t.prune() != null) {
                    bind(n);
                    boolean pruned = Values.toBool(t.prune().eval().evaluate(q));
                    if (t.pruneVar() != null) {
                        q.regs[t.pruneVar().slot()] = pruned;
                    }
                    expand &= !pruned;
                }
                if (expand) {
                    expand(n);
                }
                if (n.depth >= t.minDepth()) {
                    bind(n);
                    return true;
                }
                continue;
            }
            if (!input.next()) {
                return false;
            }
            start();
        }
    }

    private void start() {
        frontier = new ArrayDeque<>();
        weighted = order.equals("weighted") ? new PriorityQueue<>((a, b) -> {
            int c = Double.compare(((PathNode) a[0]).weight, ((PathNode) b[0]).weight);
            return c != 0 ? c : Long.compare((Long) a[1], (Long) b[1]);
        }) : null;
        visited = uniqueVerticesGlobal ? new HashSet<>() : null;
        String id = GraphAccess.startId(q, q.regs[t.start().slot()], "traversal");
        if (id == null) {
            return;
        }
        Map<String, Object> vertex = graph.vertex(id);
        if (vertex == null) {
            return;
        }
        if (visited != null) {
            visited.add(id);
        }
        push(new PathNode(id, vertex, null, null, 0));
    }

    private void push(PathNode n) {
        graph.charge();
        if (weighted != null) {
            weighted.add(new Object[] {n, seq++});
        } else if (order.equals("bfs")) {
            frontier.addLast(n);
        } else {
            frontier.addFirst(n);
        }
    }

    private PathNode poll() {
        PathNode n;
        if (weighted != null) {
            Object[] e = weighted.poll();
            n = e == null ? null : (PathNode) e[0];
        } else {
            n = frontier == null ? null : frontier.pollFirst();
        }
        if (n != null) {
            graph.discharge(1);
        }
        return n;
    }

    private void expand(PathNode n) {
        // depth-first pops the last pushed step first, so push in order onto the front of the deque
        graph.forEachStep(n.vertexId, (edge, target) -> {
            if (uniqueEdgesPath && n.parent != null && n.hasEdge(edge)) {
                return;
            }
            if (uniqueVerticesPath && n.hasVertex(target)) {
                return;
            }
            if (visited != null && !visited.add(target)) {
                return;
            }
            double w = n.weight + (weighted != null ? graph.weight(edge) : 1);
            push(PathNode.lazy(target, edge, n, w));
        });
    }

    private void bind(PathNode n) {
        q.regs[t.vertex().slot()] = n.vertex(graph);
        if (t.edge() != null) {
            q.regs[t.edge().slot()] = n.edge;
        }
        if (t.path() != null) {
            q.regs[t.path().slot()] = n.toPath(graph, true, false);
        }
    }
}
