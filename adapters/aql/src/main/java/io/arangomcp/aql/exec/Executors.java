package io.arangomcp.aql.exec;

import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.plan.PlanNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the executor pipeline of a plan and runs subqueries. A pipeline is rebuilt for every subquery
 * evaluation (it is a handful of small objects), which keeps executors free of reset logic.
 */
public final class Executors {
    private Executors() {
    }

    /** A running (sub)query: its last executor and all executors for statistics. */
    public static final class Pipeline {
        private final Executor last;
        private final List<Executor> all;

        private Pipeline(Executor last, List<Executor> all) {
            this.last = last;
            this.all = all;
        }

        /** Advances to the next result row. */
        public boolean next() {
            return last.next();
        }

        /** Whether rows carry a RETURN value (a query ending in a data modification returns nothing). */
        public boolean returns() {
            return last instanceof FlowExecutors.Return;
        }

        /** The value of the current row (the RETURN value), or null for a query without RETURN. */
        public Object value() {
            return last instanceof FlowExecutors.Return r ? r.value() : null;
        }

        /** Per-node statistics for profiling: {@code {id, calls, items, runtime}}. */
        public List<Map<String, Object>> nodeStats() {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Executor e : all) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", e.node.id());
                m.put("calls", e.calls);
                m.put("parallel", 0L);
                m.put("items", e.items);
                m.put("filtered", 0L);
                m.put("runtime", e.nanos / 1e9);
                m.put("fetching", 0.0);
                out.add(m);
            }
            return out;
        }
    }

    /**
     * Builds the pipeline of a plan over the query's registers. Unless profiling (which reports every node), the
     * calculation of a RETURN expression runs inside the RETURN executor: one executor less per row.
     */
    public static Pipeline build(List<PlanNode> nodes, QueryContext q, boolean timed) {
        Executor current = null;
        List<Executor> all = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            PlanNode node = nodes.get(i);
            if (!timed && i + 1 < nodes.size() && node instanceof PlanNode.Calculation c
                    && nodes.get(i + 1) instanceof PlanNode.Return r && r.in().equals(c.out()) && !c.out().user()) {
                current = new FlowExecutors.Return(q, current, r, c, false);
                i++;
            } else {
                current = create(node, current, q, timed);
            }
            all.add(current);
        }
        return new Pipeline(current, all);
    }

    private static Executor create(PlanNode node, Executor in, QueryContext q, boolean timed) {
        if (node instanceof PlanNode.Singleton) {
            return new FlowExecutors.Singleton(q, node, timed);
        } else if (node instanceof PlanNode.Calculation n) {
            return new FlowExecutors.Calculation(q, in, n, timed);
        } else if (node instanceof PlanNode.Filter n) {
            return new FlowExecutors.Filter(q, in, n, timed);
        } else if (node instanceof PlanNode.Limit n) {
            return new FlowExecutors.Limit(q, in, n, timed);
        } else if (node instanceof PlanNode.Return n) {
            return new FlowExecutors.Return(q, in, n, null, timed);
        } else if (node instanceof PlanNode.Subquery n) {
            return new FlowExecutors.Subquery(q, in, n, timed);
        } else if (node instanceof PlanNode.NoResults) {
            return new FlowExecutors.NoResults(q, in, node, timed);
        } else if (node instanceof PlanNode.EnumerateCollection n) {
            return new ScanExecutors.EnumerateCollection(q, in, n, timed);
        } else if (node instanceof PlanNode.IndexScan n) {
            return new ScanExecutors.IndexScan(q, in, n, timed);
        } else if (node instanceof PlanNode.EnumerateList n) {
            return new ScanExecutors.EnumerateList(q, in, n, timed);
        } else if (node instanceof PlanNode.Sort n) {
            return new SortExecutor(q, in, n, timed);
        } else if (node instanceof PlanNode.Collect n) {
            return new CollectExecutor(q, in, n, timed);
        } else if (node instanceof PlanNode.Window n) {
            return new WindowExecutor(q, in, n, timed);
        } else if (node instanceof PlanNode.Modification n) {
            return new ModificationExecutor(q, in, n, timed);
        } else if (node instanceof PlanNode.Upsert n) {
            return new UpsertExecutor(q, in, n, timed);
        } else if (node instanceof PlanNode.Traversal n) {
            return new TraversalExecutor(q, in, n, timed);
        } else if (node instanceof PlanNode.PathSearch n) {
            return new PathSearchExecutor(q, in, n, timed);
        }
        throw new IllegalStateException("no executor for " + node.type());
    }

    /** Runs a subquery for the current row and returns the array of its results. */
    public static List<Object> runSubquery(List<PlanNode> body, QueryContext q) {
        q.enter();
        try {
            Pipeline p = build(body, q, false);
            List<Object> out = new ArrayList<>();
            while (p.next()) {
                if (p.last instanceof FlowExecutors.Return r) {
                    out.add(r.value());
                    q.allocate(16);
                }
            }
            return out;
        } finally {
            q.leave();
        }
    }
}
