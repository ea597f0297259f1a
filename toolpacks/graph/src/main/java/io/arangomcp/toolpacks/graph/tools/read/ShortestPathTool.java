package io.arangomcp.toolpacks.graph.tools.read;

import io.arangomcp.ports.out.gateway.QueryCursor;
import io.arangomcp.ports.out.gateway.QueryOptions;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Alias;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.OneOf;
import io.arangomcp.ports.spi.schema.Range;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.graph.GraphPack;
import io.arangomcp.toolpacks.graph.tools.Direction;
import io.arangomcp.toolpacks.graph.tools.GraphSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tool: finds a shortest path between two vertices, with its length or total weight.
 */
public final class ShortestPathTool implements Tool<ShortestPathTool.Arguments, ShortestPathTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.database("arango_shortest_path", "Shortest path",
            GraphPack.BASIC, OperationKind.READ,
            "Finds a shortest path from one vertex to another in a named graph (graph) or edge collections "
                    + "(edge_collections), following OUTBOUND, INBOUND or ANY edges. Returns the whole path: every "
                    + "vertex and edge in order, the number of hops, and its distance (the sum of weight_attribute "
                    + "over its edges when given, else the hop count) with the weight of each edge. found is false "
                    + "when no path exists. Needs AQL.");

    public record Arguments(
            @Doc("The id of the start vertex.") @Required @Size(min = 3) @Alias("start") String start_vertex,
            @Doc("The id of the target vertex.") @Required @Size(min = 3) @Alias({"target_vertex", "end"})
            String end_vertex,
            @Doc("Which edges to follow.") @Default(Direction.OUTBOUND)
            @OneOf({Direction.OUTBOUND, Direction.INBOUND, Direction.ANY}) String direction,
            @Doc("A named graph to search; give this or edge_collections.") @Alias("graph_name") String graph,
            @Doc("Edge collections to search; give this or graph.") List<String> edge_collections,
            @Doc("An edge attribute holding the edge's weight (distance, cost); without it every edge weighs 1.")
            String weight_attribute,
            @Doc("The weight of edges without weight_attribute (default 1).") @Range(min = 0) Double default_weight,
            @Doc("Return whole vertex and edge documents (true) or only their ids (false).") @Default("true")
            boolean return_paths) {
    }

    public record Result(
            @Doc("Whether a path exists.") boolean found,
            @Doc("The start vertex.") String start_vertex,
            @Doc("The target vertex.") String end_vertex,
            @Doc("The path's vertices from start to target: documents, or ids without return_paths.")
            List<Object> vertices,
            @Doc("The path's edges in order: documents, or ids without return_paths.") List<Object> edges,
            @Doc("How many edges the path has.") int hops,
            @Doc("The path's total weight (the hop count when unweighted); absent when no path exists.")
            Double distance,
            @Doc("Each edge's weight, in path order; only with weight_attribute.") List<Double> weights) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments a, ToolContext context) {
        GraphSource source = GraphSource.of(a.graph(), a.edge_collections());
        Map<String, Object> bindVars = new LinkedHashMap<>(source.bindVars());
        bindVars.put("start", a.start_vertex());
        bindVars.put("target", a.end_vertex());
        boolean weighted = a.weight_attribute() != null && !a.weight_attribute().isBlank();
        double defaultWeight = a.default_weight() == null ? 1.0 : a.default_weight();
        String options = "";
        if (weighted) {
            options = " OPTIONS {weightAttribute: @weightAttribute, defaultWeight: @defaultWeight}";
            bindVars.put("weightAttribute", a.weight_attribute());
            bindVars.put("defaultWeight", defaultWeight);
        }
        String query = "FOR p IN " + Direction.keyword(a.direction()) + " K_SHORTEST_PATHS @start TO @target "
                + source.clause() + options + " LIMIT 1 RETURN p";
        List<Object> rows;
        try (QueryCursor cursor = context.database().query(query, bindVars, QueryOptions.defaults()
                .withMaxRuntime(context.limits().queryTimeout().toMillis() / 1000.0))) {
            rows = cursor.nextBatch();
        }
        if (rows.isEmpty() || !(rows.get(0) instanceof Map<?, ?> path)) {
            return new Result(false, a.start_vertex(), a.end_vertex(), List.of(), List.of(), 0, null, null);
        }
        List<?> vertices = list(path.get("vertices"));
        List<?> edges = list(path.get("edges"));
        List<Double> weights = new ArrayList<>();
        double distance = 0;
        for (Object edge : edges) {
            double w = weighted ? weight(edge, a.weight_attribute(), defaultWeight) : 1.0;
            weights.add(w);
            distance += w;
        }
        return new Result(true, a.start_vertex(), a.end_vertex(), shape(vertices, a.return_paths()),
                shape(edges, a.return_paths()), edges.size(), distance, weighted ? weights : null);
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static double weight(Object edge, String attribute, double defaultWeight) {
        Object w = edge instanceof Map<?, ?> m ? m.get(attribute) : null;
        return w instanceof Number n ? n.doubleValue() : defaultWeight;
    }

    private static List<Object> shape(List<?> documents, boolean whole) {
        List<Object> out = new ArrayList<>();
        for (Object d : documents) {
            out.add(whole || !(d instanceof Map<?, ?> m) ? d : m.get("_id"));
        }
        return out;
    }
}
