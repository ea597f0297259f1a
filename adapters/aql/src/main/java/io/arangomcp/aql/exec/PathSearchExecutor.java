package io.arangomcp.aql.exec;

import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.exec.graph.GraphAccess;
import io.arangomcp.aql.exec.graph.PathNode;
import io.arangomcp.aql.exec.graph.PathSearches;
import io.arangomcp.aql.plan.PlanNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * SHORTEST_PATH (one row per vertex of the path, with the edge leading to it) and K_SHORTEST_PATHS, K_PATHS and
 * ALL_SHORTEST_PATHS (one row per path object).
 */
final class PathSearchExecutor extends Executor {
    private final PlanNode.PathSearch p;
    private final GraphAccess graph;
    private Iterator<PathNode> paths = Collections.emptyIterator();
    private Iterator<PathNode> vertices = Collections.emptyIterator();

    PathSearchExecutor(QueryContext q, Executor input, PlanNode.PathSearch node, boolean timed) {
        super(q, input, node, timed);
        this.p = node;
        this.graph = new GraphAccess(q, node.edges(), node.options());
    }

    @Override
    boolean produce() {
        while (true) {
            if (p.kind().equals("SHORTEST_PATH")) {
                if (vertices.hasNext()) {
                    PathNode n = vertices.next();
                    q.regs[p.vertexOrPath().slot()] = n.vertex(graph);
                    if (p.edge() != null) {
                        q.regs[p.edge().slot()] = n.edge;
                    }
                    return true;
                }
            } else if (paths.hasNext()) {
                PathNode n = paths.next();
                q.regs[p.vertexOrPath().slot()] = n.toPath(graph, false, p.kind().equals("K_SHORTEST_PATHS"));
                return true;
            }
            if (!input.next()) {
                return false;
            }
            start();
        }
    }

    private void start() {
        String source = GraphAccess.startId(q, q.regs[p.source().slot()], "shortest path");
        String target = GraphAccess.startId(q, q.regs[p.target().slot()], "shortest path");
        if (source == null || target == null) {
            return;
        }
        switch (p.kind()) {
            case "SHORTEST_PATH" -> {
                PathNode end = graph.vertex(target) == null ? null : PathSearches.shortest(graph, source, target);
                vertices = end == null ? Collections.emptyIterator() : end.nodes().iterator();
            }
            case "K_SHORTEST_PATHS" -> paths = graph.vertex(target) == null ? Collections.emptyIterator()
                    : PathSearches.kShortest(graph, source, target);
            case "K_PATHS" -> paths = PathSearches.kPaths(graph, source, target, p.minDepth(), p.maxDepth());
            default -> {
                List<PathNode> all = PathSearches.allShortest(graph, source, target);
                paths = all.iterator();
            }
        }
    }
}
