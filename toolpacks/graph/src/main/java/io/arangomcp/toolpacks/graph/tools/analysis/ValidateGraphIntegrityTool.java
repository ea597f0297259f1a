package io.arangomcp.toolpacks.graph.tools.analysis;

import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;
import io.arangomcp.ports.out.gateway.QueryCursor;
import io.arangomcp.ports.out.gateway.QueryOptions;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Alias;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.Range;
import io.arangomcp.toolpacks.graph.GraphPack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tool: finds edges that point to missing vertices or to collections their edge definition does not allow.
 */
public final class ValidateGraphIntegrityTool
        implements Tool<ValidateGraphIntegrityTool.Arguments, ValidateGraphIntegrityTool.Result> {
    /** Names and allowed collections travel as bind parameters; nothing is written into the query text. */
    static final String QUERY = "FOR e IN @@edges"
            + " LET fromExists = DOCUMENT(e._from) != null LET toExists = DOCUMENT(e._to) != null"
            + " LET fromAllowed = PARSE_IDENTIFIER(e._from).collection IN @from"
            + " LET toAllowed = PARSE_IDENTIFIER(e._to).collection IN @to"
            + " FILTER (@orphans && !(fromExists && toExists)) || (@constraints && !(fromAllowed && toAllowed))"
            + " RETURN {_id: e._id, _from: e._from, _to: e._to, from_exists: fromExists, to_exists: toExists,"
            + " from_allowed: fromAllowed, to_allowed: toAllowed}";
    private static final ToolSpec SPEC = ToolSpec.database("arango_validate_graph_integrity",
            "Validate graph integrity", GraphPack.ADVANCED, OperationKind.READ,
            "Checks the edges of one named graph (graphName) or of every graph: orphaned edges point to a _from or "
                    + "_to vertex that does not exist; constraint violations connect collections their edge "
                    + "definition does not allow. Returns the counts per graph (exact) and, with returnDetails, up "
                    + "to max_details offending edges per graph. An unknown graphName fails with NOT_FOUND. Needs "
                    + "AQL.");

    public record Arguments(
            @Doc("The graph to check; leave out to check every graph.") @Alias("graph_name") String graphName,
            @Doc("Look for edges whose _from or _to vertex does not exist.") @Default("true")
            @Alias("check_orphaned_edges") boolean checkOrphanedEdges,
            @Doc("Look for edges between collections their edge definition does not allow.") @Default("true")
            @Alias("check_constraints") boolean checkConstraints,
            @Doc("List the offending edges, not only count them.") @Default("false") @Alias("return_details")
            boolean returnDetails,
            @Doc("With returnDetails: the most offending edges listed per graph.") @Default("100")
            @Range(min = 1, max = 1000) int max_details) {
    }

    /** One offending edge. */
    public record EdgeProblem(
            @Doc("The edge id.") String _id,
            @Doc("Its _from.") String _from,
            @Doc("Its _to.") String _to,
            @Doc("Whether the _from vertex exists.") boolean from_exists,
            @Doc("Whether the _to vertex exists.") boolean to_exists,
            @Doc("Whether the edge definition allows the _from collection.") boolean from_allowed,
            @Doc("Whether the edge definition allows the _to collection.") boolean to_allowed) {
    }

    /** The outcome for one graph. */
    public record GraphResult(
            @Doc("The graph.") String graph_name,
            @Doc("Whether it has no problem.") boolean valid,
            @Doc("How many edges point to a missing vertex.") int orphaned_edges_count,
            @Doc("How many edges connect collections their definition does not allow.")
            int constraint_violations_count,
            @Doc("With returnDetails: edges pointing to a missing vertex.") List<EdgeProblem> orphaned_edges,
            @Doc("With returnDetails: edges breaking their definition.") List<EdgeProblem> constraint_violations,
            @Doc("Edge collections the graph names that do not exist (nothing to check there).")
            List<String> missing_edge_collections) {
    }

    public record Result(
            @Doc("Whether every checked graph is valid.") boolean valid,
            @Doc("How many graphs were checked.") int graphs_checked,
            @Doc("Orphaned edges over all graphs.") int total_orphaned_edges,
            @Doc("Constraint violations over all graphs.") int total_constraint_violations,
            @Doc("Per graph, in the server's order.") List<GraphResult> results,
            @Doc("A one-line summary.") String summary) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments a, ToolContext context) {
        DatabaseGateway db = context.database();
        List<GraphInfo> graphs = GraphSelection.select(db, a.graphName());
        Set<String> existing = GraphSelection.existingCollections(db);
        List<GraphResult> results = new ArrayList<>();
        int orphans = 0;
        int violations = 0;
        for (GraphInfo graph : graphs) {
            GraphResult r = check(db, graph, existing, a, context);
            results.add(r);
            orphans += r.orphaned_edges_count();
            violations += r.constraint_violations_count();
        }
        String summary = "Checked " + graphs.size() + " graph(s): " + orphans + " orphaned edge(s), " + violations
                + " constraint violation(s).";
        return new Result(orphans + violations == 0, graphs.size(), orphans, violations, results, summary);
    }

    @Override
    public String text(Result result) {
        return result.summary();
    }

    private static GraphResult check(DatabaseGateway db, GraphInfo graph, Set<String> existing, Arguments a,
                                     ToolContext context) {
        List<EdgeProblem> orphaned = new ArrayList<>();
        List<EdgeProblem> broken = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int orphanCount = 0;
        int brokenCount = 0;
        for (EdgeDefinition d : graph.edgeDefinitions()) {
            if (!existing.contains(d.collection())) {
                missing.add(d.collection());
                continue;
            }
            Map<String, Object> bindVars = Map.of("@edges", d.collection(), "from", d.from(), "to", d.to(),
                    "orphans", a.checkOrphanedEdges(), "constraints", a.checkConstraints());
            try (QueryCursor cursor = db.query(QUERY, bindVars, QueryOptions.defaults().withBatchSize(1000)
                    .withMaxRuntime(context.limits().queryTimeout().toMillis() / 1000.0))) {
                List<Object> batch = cursor.nextBatch();
                while (!batch.isEmpty()) {
                    context.cancellation().throwIfCancelled();
                    for (Object row : batch) {
                        EdgeProblem p = problem((Map<?, ?>) row);
                        if (a.checkOrphanedEdges() && !(p.from_exists() && p.to_exists())) {
                            orphanCount++;
                            keep(orphaned, p, a);
                        }
                        if (a.checkConstraints() && !(p.from_allowed() && p.to_allowed())) {
                            brokenCount++;
                            keep(broken, p, a);
                        }
                    }
                    batch = cursor.hasMore() ? cursor.nextBatch() : List.of();
                }
            }
        }
        return new GraphResult(graph.name(), orphanCount + brokenCount == 0, orphanCount, brokenCount,
                a.returnDetails() ? orphaned : null, a.returnDetails() ? broken : null, missing);
    }

    private static void keep(List<EdgeProblem> list, EdgeProblem p, Arguments a) {
        if (a.returnDetails() && list.size() < a.max_details()) {
            list.add(p);
        }
    }

    private static EdgeProblem problem(Map<?, ?> row) {
        return new EdgeProblem(String.valueOf(row.get("_id")), String.valueOf(row.get("_from")),
                String.valueOf(row.get("_to")), Boolean.TRUE.equals(row.get("from_exists")),
                Boolean.TRUE.equals(row.get("to_exists")), Boolean.TRUE.equals(row.get("from_allowed")),
                Boolean.TRUE.equals(row.get("to_allowed")));
    }
}
