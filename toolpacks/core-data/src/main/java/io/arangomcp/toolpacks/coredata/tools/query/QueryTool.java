package io.arangomcp.toolpacks.coredata.tools.query;

import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.QueryCursor;
import io.arangomcp.ports.out.gateway.QueryOptions;
import io.arangomcp.ports.spi.CappedRows;
import io.arangomcp.ports.spi.Limits;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.ReadOnlyQueries;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Alias;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.Range;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.coredata.CoreDataPack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tool: runs an AQL query and streams its rows up to the row and byte caps.
 */
public final class QueryTool implements Tool<QueryTool.Arguments, QueryTool.Result> {
    /** ArangoDB's default batch size. */
    private static final int SERVER_BATCH_SIZE = 1000;
    private static final ToolSpec SPEC = ToolSpec.database("arango_query", "Run AQL query",
            CoreDataPack.CATEGORY, OperationKind.QUERY,
            "Runs an AQL query and returns its rows (any JSON values), warnings and statistics. Pass every "
                    + "outside value as a bind variable (@name, or @@name for a collection) instead of writing it "
                    + "into the query. Rows are capped by maxRows and by the server's row and byte limits; truncated "
                    + "and truncatedBy say whether and why rows were left out. Fails with QUERY_ERROR for syntax "
                    + "errors or missing bind variables, and with ACCESS_DENIED for modifying queries on a "
                    + "read-only database.");

    public record Arguments(
            @Doc("The AQL query, e.g. FOR u IN users FILTER u.age > @min RETURN u.") @Required @Size(min = 1)
            String query,
            @Doc("Values for the query's bind parameters: {\"min\": 18} for @min, {\"@coll\": \"users\"} for "
                    + "@@coll.") @Alias("bind_vars") Map<String, Object> bindVars,
            @Doc("The most rows to return; the server's own cap applies when it is lower or when this is left out.")
            @Range(min = 1, max = 100_000) Integer maxRows,
            @Doc("Rows fetched per round trip; leave it out to let the server choose.") @Range(min = 1, max = 100_000)
            Integer batchSize) {
    }

    /** One query warning. */
    public record Warning(
            @Doc("ArangoDB's warning number.") int code,
            @Doc("The warning text.") String message) {
    }

    public record Result(
            @Doc("The result rows, in query order; each may be any JSON value.") List<Object> rows,
            @Doc("The number of rows returned.") int rowCount,
            @Doc("True when the query produced more rows than were returned.") boolean truncated,
            @Doc("Which cap left rows out: 'rows' (row cap) or 'bytes' (result size cap); only when truncated.")
            String truncatedBy,
            @Doc("Warnings the server raised while running the query.") List<Warning> warnings,
            @Doc("The server's statistics (writesExecuted, writesIgnored, scannedFull, scannedIndex, filtered, "
                    + "executionTime, ...); complete only when the query was not truncated.")
            Map<String, Object> stats) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments arguments, ToolContext context) {
        DatabaseGateway db = context.database();
        Limits limits = context.limits();
        Map<String, Object> bindVars = arguments.bindVars() == null ? Map.of() : arguments.bindVars();
        ReadOnlyQueries.check(context, arguments.query(), bindVars);
        int maxRows = arguments.maxRows() == null ? limits.maxRows() : Math.min(arguments.maxRows(), limits.maxRows());
        // Without a batch size, ask for one row more than the cap: a small cap then costs one small batch, and
        // the extra row shows whether the result was truncated.
        int batchSize = arguments.batchSize() != null ? arguments.batchSize()
                : maxRows < SERVER_BATCH_SIZE ? maxRows + 1 : SERVER_BATCH_SIZE;
        QueryOptions options = QueryOptions.defaults()
                .withBatchSize(batchSize)
                .withMaxRuntime(limits.queryTimeout().toMillis() / 1000.0);
        CappedRows rows = new CappedRows(maxRows, limits.maxResultBytes());
        Map<String, Object> extra;
        try (QueryCursor cursor = db.query(arguments.query(), bindVars, options)) {
            boolean more = true;
            while (more) {
                context.cancellation().throwIfCancelled();
                more = rows.addAll(cursor.nextBatch()) && cursor.hasMore();
            }
            // Closing a cursor with rows left kills the query on the server, so a capped query stops early.
            extra = cursor.extra();
        }
        return new Result(rows.rows(), rows.rows().size(), rows.truncatedBy() != null, rows.truncatedBy(),
                warnings(extra), stats(extra));
    }

    private static List<Warning> warnings(Map<String, Object> extra) {
        if (extra == null || !(extra.get("warnings") instanceof List<?> list)) {
            return List.of();
        }
        return list.stream()
                .filter(Map.class::isInstance)
                .map(w -> (Map<?, ?>) w)
                .map(w -> new Warning(w.get("code") instanceof Number n ? n.intValue() : 0,
                        String.valueOf(w.get("message"))))
                .toList();
    }

    private static Map<String, Object> stats(Map<String, Object> extra) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (extra != null && extra.get("stats") instanceof Map<?, ?> stats) {
            stats.forEach((k, v) -> copy.put(String.valueOf(k), v));
        }
        return copy;
    }
}
