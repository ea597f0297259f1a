package io.arangomcp.toolpacks.query.tools.query;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.Capability;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.QueryCursor;
import io.arangomcp.ports.out.gateway.QueryOptions;
import io.arangomcp.ports.spi.CappedRows;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.ReadOnlyQueries;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Alias;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.Range;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.query.QueryPack;

import java.util.List;
import java.util.Map;

/**
 * Tool: runs a query with profiling and reports where its time went.
 */
public final class QueryProfileTool implements Tool<QueryProfileTool.Arguments, QueryProfileTool.Result> {
    private static final int PROFILE_WITH_NODES = 2;
    private static final ToolSpec SPEC = ToolSpec.database("arango_query_profile", "Profile query",
            QueryPack.QUERY, OperationKind.QUERY,
            "Runs an AQL query with profiling and reports where its time went: the time of each phase (parsing, "
                    + "optimizing, executing, ...), per plan node how many calls and items it had and its runtime, "
                    + "overall statistics (documents scanned, filtered, executionTime), and the first sample_rows "
                    + "rows with the total row count. It really executes the query, writes included; modifying "
                    + "queries are refused on read-only databases. Needs profiling support (AQL).");

    public record Arguments(
            @Doc("The AQL query.") @Required @Size(min = 1) String query,
            @Doc("Values for the query's bind parameters.") @Alias("bindVars") Map<String, Object> bind_vars,
            @Doc("How many result rows to include as a sample.") @Default("10") @Range(min = 0, max = 1000)
            int sample_rows,
            @Doc("Accepted for compatibility with the reference server, which explained instead of profiling; a "
                    + "profile covers the one plan the optimizer runs.") @Default("1") @Range(min = 1, max = 10)
            int max_plans) {
    }

    public record Result(
            @Doc("Seconds per phase: initializing, parsing, optimizing ast, ..., executing, finalizing.")
            Map<String, Object> profile,
            @Doc("Execution statistics, with 'nodes': per plan node its calls, items, runtime.")
            Map<String, Object> stats,
            @Doc("The plan that ran, when the database reports it.") Map<String, Object> plan,
            @Doc("Warnings raised while running.") List<Object> warnings,
            @Doc("The first rows of the result.") List<Object> sample,
            @Doc("How many rows the query produced in all.") long row_count) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Result call(Arguments a, ToolContext context) {
        DatabaseGateway db = context.database();
        if (!db.capabilities().contains(Capability.PROFILE)) {
            throw ArangoMcpException.builder(ErrorCode.NOT_SUPPORTED, "this database cannot profile queries")
                    .detail("capability", Capability.PROFILE.name())
                    .hint("Use arango_explain_query to see the plan without running the query.")
                    .build();
        }
        Map<String, Object> bindVars = a.bind_vars() == null ? Map.of() : a.bind_vars();
        ReadOnlyQueries.check(context, a.query(), bindVars);
        CappedRows sample = new CappedRows(Math.max(a.sample_rows(), 1), context.limits().maxResultBytes());
        long rows = 0;
        Map<String, Object> extra;
        try (QueryCursor cursor = db.query(a.query(), bindVars, QueryOptions.defaults()
                .withProfile(PROFILE_WITH_NODES)
                .withMaxRuntime(context.limits().queryTimeout().toMillis() / 1000.0))) {
            // Read to the end: the profile is only complete once the query has finished.
            List<Object> batch = cursor.nextBatch();
            while (!batch.isEmpty()) {
                context.cancellation().throwIfCancelled();
                rows += batch.size();
                if (a.sample_rows() > 0) {
                    sample.addAll(batch);
                }
                batch = cursor.hasMore() ? cursor.nextBatch() : List.of();
            }
            extra = cursor.extra() == null ? Map.of() : cursor.extra();
        }
        return new Result(map(extra.get("profile")), map(extra.get("stats")),
                extra.get("plan") instanceof Map<?, ?> p ? (Map<String, Object>) p : null,
                extra.get("warnings") instanceof List<?> w ? List.copyOf(w) : List.of(), sample.rows(), rows);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
