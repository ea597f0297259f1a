package io.arangomcp.aql.analyzer;

import io.arangomcp.aql.ast.Direction;
import io.arangomcp.aql.ast.Expr;
import io.arangomcp.aql.ast.Statement;
import io.arangomcp.aql.catalog.CatalogCollection;
import io.arangomcp.aql.catalog.CollectionKind;
import io.arangomcp.aql.catalog.GraphDefinition;
import io.arangomcp.aql.plan.CompiledExpr;
import io.arangomcp.aql.plan.PlanNode;
import io.arangomcp.aql.plan.Variable;
import io.arangomcp.aql.value.Values;
import io.arangomcp.domain.error.DatabaseError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Plans traversals and path searches: depth, graph or edge collections, output variables, PRUNE, OPTIONS. */
final class GraphPlanner {
    private final Analyzer a;

    GraphPlanner(Analyzer analyzer) {
        this.a = analyzer;
    }

    void traversal(Statement.Traversal s) {
        a.state.afterAnyWrite("traversal");
        Variable start = a.valueOf(s.start());
        long[] depth = depth(s.depth(), 1, 1);
        Map<String, Object> options = a.options(s.options());
        String graphName = graphName(s.graph());
        List<PlanNode.EdgeCollection> edges = edges(s.graph(), graphName, s.direction(), options);
        a.state.scopes.push(Scopes.Kind.FOR);
        List<String> names = s.variables();
        Variable vertex = a.state.declare(names.get(0));
        Variable edge = names.size() > 1 ? a.state.declare(names.get(1)) : null;
        Variable path = names.size() > 2 ? a.state.declare(names.get(2)) : null;
        CompiledExpr prune = s.prune() == null ? null : a.compiler.compile(s.prune());
        Variable pruneVar = s.pruneVariable() == null ? null : a.state.declare(s.pruneVariable());
        a.add(new PlanNode.Traversal(a.state.nodeId(), start, depth[0], depth[1], edges, vertex, edge, path,
                pruneVar, prune, options, graphName));
    }

    void pathSearch(Statement.PathSearch s) {
        String kind = s.kind().name();
        a.state.afterAnyWrite(kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        Variable source = a.valueOf(s.source());
        Variable target = a.valueOf(s.target());
        long[] depth = depth(s.depth(), 1, s.kind() == Statement.PathKind.K_PATHS ? 1 : Long.MAX_VALUE);
        Map<String, Object> options = a.options(s.options());
        String graphName = graphName(s.graph());
        List<PlanNode.EdgeCollection> edges = edges(s.graph(), graphName, s.direction(), options);
        a.state.scopes.push(Scopes.Kind.FOR);
        Variable first = a.state.declare(s.variables().get(0));
        Variable second = s.variables().size() > 1 ? a.state.declare(s.variables().get(1)) : null;
        a.add(new PlanNode.PathSearch(a.state.nodeId(), kind, source, target, depth[0], depth[1], edges, first,
                second, options, graphName));
    }

    private long[] depth(Expr e, long defaultMin, long defaultMax) {
        if (e == null) {
            return new long[] {defaultMin, defaultMax};
        }
        DatabaseError notConstant = new DatabaseError(400, 1501, "traversal depth must be a compile-time constant");
        if (e instanceof Expr.Range r) {
            long min = depthValue(a.constant(r.from(), notConstant));
            long max = depthValue(a.constant(r.to(), notConstant));
            return new long[] {min, max};
        }
        long n = depthValue(a.constant(e, notConstant));
        return new long[] {n, n};
    }

    private static long depthValue(Object v) {
        if (!(v instanceof Number n) || n.doubleValue() < 0) {
            throw new DatabaseError(400, 1501, "invalid traversal depth");
        }
        return n.longValue();
    }

    private String graphName(Statement.GraphSpec spec) {
        if (spec.graphName() == null) {
            return null;
        }
        Object v = a.constant(spec.graphName(), new DatabaseError(400, 1501, "invalid graph name"));
        if (!(v instanceof String name)) {
            throw new DatabaseError(400, 1501, "invalid graph name");
        }
        return name;
    }

    private List<PlanNode.EdgeCollection> edges(Statement.GraphSpec spec, String graphName, Direction direction,
                                                Map<String, Object> options) {
        List<PlanNode.EdgeCollection> out = new ArrayList<>();
        if (graphName != null) {
            GraphDefinition graph = a.state.catalog.graph(graphName)
                    .orElseThrow(() -> new DatabaseError(404, 1924, "graph '" + graphName + "' not found"));
            Set<String> seen = new LinkedHashSet<>();
            for (GraphDefinition.EdgeDefinition def : graph.edgeDefinitions()) {
                if (seen.add(def.collection())) {
                    out.add(new PlanNode.EdgeCollection(def.collection(), direction));
                }
                def.from().forEach(this::readVertexCollection);
                def.to().forEach(this::readVertexCollection);
            }
            graph.orphanCollections().forEach(this::readVertexCollection);
        } else {
            for (Statement.GraphSpec.EdgeCollection ec : spec.edgeCollections()) {
                String name = a.collectionName(ec.collection());
                out.add(new PlanNode.EdgeCollection(name, ec.direction() != null ? ec.direction() : direction));
            }
        }
        Set<String> allowed = names(options.get("edgeCollections"));
        List<PlanNode.EdgeCollection> result = new ArrayList<>();
        for (PlanNode.EdgeCollection ec : out) {
            CatalogCollection c = a.state.collection(ec.name());
            if (c.kind() != CollectionKind.EDGE) {
                throw new DatabaseError(400, 1218, "collection type invalid: '" + ec.name()
                        + "' is not an edge collection");
            }
            a.state.read(ec.name());
            if (allowed == null || allowed.contains(ec.name())) {
                result.add(ec);
            }
        }
        return result;
    }

    private void readVertexCollection(String name) {
        if (a.state.catalog.collection(name).isPresent()) {
            a.state.read(name);
        }
    }

    /** A collection-name option: a string or an array of strings; null when absent. */
    static Set<String> names(Object option) {
        if (option == null) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        if (option instanceof String s) {
            out.add(s);
        } else if (option instanceof List<?> list) {
            for (Object o : list) {
                out.add(Values.toStringValue(o));
            }
        }
        return out;
    }
}
