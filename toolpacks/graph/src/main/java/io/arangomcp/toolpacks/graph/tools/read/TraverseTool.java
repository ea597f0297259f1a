package io.arangomcp.toolpacks.graph.tools.read;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.QueryCursor;
import io.arangomcp.ports.out.gateway.QueryOptions;
import io.arangomcp.ports.spi.CappedRows;
import io.arangomcp.ports.spi.Limits;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tool: walks a graph from a start vertex, bounded in depth and in the rows returned.
 */
public final class TraverseTool implements Tool<TraverseTool.Arguments, TraverseTool.Result> {
    static final String SPEC_NAME = "arango_traverse";
    private static final ToolSpec SPEC = ToolSpec.database(SPEC_NAME, "Traverse graph",
            GraphPack.BASIC, OperationKind.READ,
            "Walks a named graph (graph) or edge collections (edge_collections) from a start vertex, min_depth to "
                    + "max_depth steps along OUTBOUND, INBOUND or ANY edges, and returns each vertex reached with "
                    + "the edge that reached it, or with return_paths the whole path (vertices, edges). max_depth "
                    + "is capped by the server's --max-depth and rows by limit and the server's row and byte caps; "
                    + "truncated says whether rows were left out. Needs AQL.");

    public record Arguments(
            @Doc("The id of the start vertex, e.g. persons/alice.") @Required @Size(min = 3) @Alias("start")
            String start_vertex,
            @Doc("Which edges to follow: OUTBOUND (from _from to _to), INBOUND or ANY.") @Default(Direction.OUTBOUND)
            @OneOf({Direction.OUTBOUND, Direction.INBOUND, Direction.ANY}) String direction,
            @Doc("The fewest steps from the start a returned vertex is (0 includes the start).") @Default("1")
            @Range(min = 0, max = 100) int min_depth,
            @Doc("The most steps from the start; at most the server's --max-depth.") @Default("1")
            @Range(min = 0, max = 100) int max_depth,
            @Doc("A named graph to walk; give this or edge_collections.") @Alias("graph_name") String graph,
            @Doc("Edge collections to walk; give this or graph.") @Alias("edge_collection")
            List<String> edge_collections,
            @Doc("Return whole paths ({vertices, edges}) instead of {vertex, edge} pairs.") @Default("false")
            boolean return_paths,
            @Doc("The most rows to return; the server's row cap applies too.") @Range(min = 1, max = 100_000)
            Integer limit) {
    }

    public record Result(
            @Doc("The start vertex.") String start_vertex,
            @Doc("The direction followed.") String direction,
            @Doc("The depth range walked.") List<Integer> depth,
            @Doc("One row per vertex reached: {vertex, edge}, or a path {vertices, edges} with return_paths.")
            List<Object> results,
            @Doc("How many rows were returned.") int count,
            @Doc("True when more rows existed than were returned.") boolean truncated,
            @Doc("Which cap left rows out: 'rows' or 'bytes'; only when truncated.") String truncated_by) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments a, ToolContext context) {
        Limits limits = context.limits();
        checkDepth(a.min_depth(), a.max_depth(), limits);
        GraphSource source = GraphSource.of(a.graph(), a.edge_collections());
        int maxRows = a.limit() == null ? limits.maxRows() : Math.min(a.limit(), limits.maxRows());
        Map<String, Object> bindVars = new LinkedHashMap<>(source.bindVars());
        bindVars.put("start", a.start_vertex());
        bindVars.put("min", a.min_depth());
        bindVars.put("max", a.max_depth());
        // One row more than the cap shows whether the result was truncated.
        bindVars.put("limit", maxRows + 1);
        String query = "FOR v, e, p IN @min..@max " + Direction.keyword(a.direction()) + " @start " + source.clause()
                + " LIMIT @limit RETURN " + (a.return_paths() ? "{vertices: p.vertices, edges: p.edges}"
                : "{vertex: v, edge: e}");
        CappedRows rows = new CappedRows(maxRows, limits.maxResultBytes());
        try (QueryCursor cursor = context.database().query(query, bindVars, QueryOptions.defaults()
                .withBatchSize(Math.min(maxRows + 1, 1000))
                .withMaxRuntime(limits.queryTimeout().toMillis() / 1000.0))) {
            boolean more = true;
            while (more) {
                context.cancellation().throwIfCancelled();
                more = rows.addAll(cursor.nextBatch()) && cursor.hasMore();
            }
        }
        return new Result(a.start_vertex(), Direction.keyword(a.direction()), List.of(a.min_depth(), a.max_depth()),
                rows.rows(), rows.rows().size(), rows.truncatedBy() != null, rows.truncatedBy());
    }

    /** Depth arguments must form a range within the server's limit. */
    static void checkDepth(int min, int max, Limits limits) {
        if (min > max) {
            throw ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS,
                    "min_depth " + min + " is more than max_depth " + max).build();
        }
        if (max > limits.maxDepth()) {
            throw ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS, "max_depth " + max
                            + " is above this server's limit of " + limits.maxDepth())
                    .detail("max_depth_limit", limits.maxDepth())
                    .hint("Use a smaller max_depth; the server's operator sets the limit with --max-depth.")
                    .build();
        }
    }
}
