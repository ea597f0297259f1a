package io.arangomcp.aql.plan;

import io.arangomcp.aql.ast.AstPrinter;
import io.arangomcp.aql.catalog.Catalog;
import io.arangomcp.aql.catalog.CatalogCollection;
import io.arangomcp.aql.catalog.IndexDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a plan as ArangoDB's {@code /_api/explain} answer: nodes with type, id, dependencies, estimated items
 * and cost, the collections read and written, the variables, and whether the query modifies data. Estimates are
 * this engine's own (costs cannot match ArangoDB's optimizer); node types and collections do.
 */
public final class ExplainWriter {
    private final Catalog catalog;
    private final List<Object> variables = new ArrayList<>();

    private ExplainWriter(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The explain answer for a plan. */
    public static Map<String, Object> explain(QueryPlan plan, Catalog catalog, boolean allPlans, double seconds) {
        ExplainWriter w = new ExplainWriter(catalog);
        Map<String, Object> p = w.plan(plan);
        Map<String, Object> out = new LinkedHashMap<>();
        if (allPlans) {
            out.put("plans", List.of(p));
        } else {
            out.put("plan", p);
        }
        out.put("cacheable", !plan.modification());
        out.put("warnings", new ArrayList<>());
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("rulesExecuted", 0L);
        stats.put("rulesSkipped", 0L);
        stats.put("plansCreated", 1L);
        stats.put("peakMemoryUsage", 0L);
        stats.put("executionTime", seconds);
        out.put("stats", stats);
        return out;
    }

    /** The plan object alone (also used for profile level 2). */
    public static Map<String, Object> planOf(QueryPlan plan, Catalog catalog) {
        return new ExplainWriter(catalog).plan(plan);
    }

    private Map<String, Object> plan(QueryPlan plan) {
        List<Object> nodes = new ArrayList<>();
        double[] estimate = nodes(plan.nodes(), nodes, 1);
        for (Variable v : plan.variables()) {
            variables.add(variable(v));
        }
        List<Object> collections = new ArrayList<>();
        for (String c : plan.read()) {
            if (!plan.write().contains(c)) {
                collections.add(Map.of("name", c, "type", "read"));
            }
        }
        for (String c : plan.write()) {
            collections.add(Map.of("name", c, "type", "write"));
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("nodes", nodes);
        p.put("rules", new ArrayList<>());
        p.put("collections", collections);
        p.put("variables", variables);
        p.put("estimatedCost", estimate[1]);
        p.put("estimatedNrItems", (long) estimate[0]);
        p.put("isModificationQuery", plan.modification());
        return p;
    }

    private static Map<String, Object> variable(Variable v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("name", v.name());
        return m;
    }

    /** Appends the nodes of a (sub)plan; returns {items, cost} after the last node. */
    private double[] nodes(List<PlanNode> plan, List<Object> out, double rows) {
        double items = rows;
        double cost = 0;
        Integer previous = null;
        for (PlanNode n : plan) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", n.type());
            m.put("dependencies", previous == null ? List.of() : List.of(previous));
            m.put("id", n.id());
            items = estimate(n, items);
            cost += Math.max(1, items);
            describe(n, m);
            m.put("estimatedCost", cost);
            m.put("estimatedNrItems", (long) Math.ceil(items));
            out.add(m);
            previous = n.id();
        }
        return new double[] {items, cost};
    }

    private double estimate(PlanNode n, double items) {
        if (n instanceof PlanNode.EnumerateCollection e) {
            return items * catalog.collection(e.collection()).map(CatalogCollection::count).orElse(0L);
        }
        if (n instanceof PlanNode.IndexScan s) {
            boolean unique = s.index().unique() && s.equals().size() == s.index().fields().size() && !s.in();
            long count = catalog.collection(s.collection()).map(CatalogCollection::count).orElse(0L);
            return items * (unique ? 1 : Math.max(1, count / 10.0));
        }
        if (n instanceof PlanNode.EnumerateList || n instanceof PlanNode.Traversal
                || n instanceof PlanNode.PathSearch) {
            return items * 10;
        }
        if (n instanceof PlanNode.Limit l) {
            return Math.min(items, l.count());
        }
        if (n instanceof PlanNode.Sort s && s.limit() >= 0) {
            return Math.min(items, s.limit());
        }
        if (n instanceof PlanNode.NoResults) {
            return 0;
        }
        if (n instanceof PlanNode.Collect c) {
            return c.groups().isEmpty() ? 1 : Math.max(1, items / 2);
        }
        if (n instanceof PlanNode.Filter) {
            return items;
        }
        return items;
    }

    private void describe(PlanNode n, Map<String, Object> m) {
        if (n instanceof PlanNode.EnumerateCollection e) {
            m.put("collection", e.collection());
            m.put("outVariable", variable(e.out()));
            m.put("random", false);
        } else if (n instanceof PlanNode.IndexScan s) {
            m.put("collection", s.collection());
            m.put("outVariable", variable(s.out()));
            m.put("indexes", List.of(index(s.index())));
            m.put("ascending", s.ascending());
        } else if (n instanceof PlanNode.EnumerateList e) {
            m.put("inVariable", variable(e.in()));
            m.put("outVariable", variable(e.out()));
        } else if (n instanceof PlanNode.Calculation c) {
            m.put("expression", AstPrinter.print(c.expr().ast()));
            m.put("outVariable", variable(c.out()));
        } else if (n instanceof PlanNode.Filter f) {
            m.put("inVariable", variable(f.in()));
        } else if (n instanceof PlanNode.Sort s) {
            List<Object> elements = new ArrayList<>();
            s.keys().forEach(k -> elements.add(Map.of("inVariable", variable(k.var()), "ascending", k.ascending())));
            m.put("elements", elements);
            m.put("limit", Math.max(0, s.limit()));
        } else if (n instanceof PlanNode.Limit l) {
            m.put("offset", l.offset());
            m.put("limit", l.count());
            m.put("fullCount", l.fullCount());
        } else if (n instanceof PlanNode.Return r) {
            m.put("inVariable", variable(r.in()));
            m.put("count", true);
        } else if (n instanceof PlanNode.Subquery s) {
            List<Object> sub = new ArrayList<>();
            nodes(s.body(), sub, 1);
            m.put("subquery", Map.of("nodes", sub));
            m.put("outVariable", variable(s.out()));
        } else if (n instanceof PlanNode.Collect c) {
            List<Object> groups = new ArrayList<>();
            c.groups().forEach(g -> groups.add(Map.of("outVariable", variable(g.out()), "inVariable",
                    variable(g.in()))));
            m.put("groups", groups);
            List<Object> aggs = new ArrayList<>();
            c.aggregates().forEach(a -> aggs.add(Map.of("outVariable", variable(a.out()), "type", a.function())));
            m.put("aggregates", aggs);
            m.put("collectOptions", Map.of("method", c.method() == null ? "sorted" : c.method()));
        } else if (n instanceof PlanNode.Modification mod) {
            m.put("collection", mod.collection());
        } else if (n instanceof PlanNode.Upsert u) {
            m.put("collection", u.collection());
        } else if (n instanceof PlanNode.Traversal t) {
            m.put("graph", t.graphName() != null ? t.graphName() : edgeNames(t.edges()));
            m.put("minDepth", t.minDepth());
            m.put("maxDepth", t.maxDepth());
            m.put("vertexOutVariable", variable(t.vertex()));
        } else if (n instanceof PlanNode.PathSearch p) {
            m.put("graph", p.graphName() != null ? p.graphName() : edgeNames(p.edges()));
        }
    }

    private static List<Object> edgeNames(List<PlanNode.EdgeCollection> edges) {
        List<Object> out = new ArrayList<>();
        edges.forEach(e -> out.add(e.name()));
        return out;
    }

    private static Map<String, Object> index(IndexDescriptor i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("type", i.type());
        m.put("name", i.name());
        m.put("fields", i.fields());
        m.put("unique", i.unique());
        m.put("sparse", i.sparse());
        return m;
    }


}
