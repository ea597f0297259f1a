package io.arangomcp.toolpacks.query.tools.query;

import io.arangomcp.ports.out.gateway.QueryCursor;
import io.arangomcp.ports.out.gateway.QueryOptions;
import io.arangomcp.ports.spi.CappedRows;
import io.arangomcp.ports.spi.Limits;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.OneOf;
import io.arangomcp.ports.spi.schema.Range;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.query.QueryPack;

import java.util.List;
import java.util.Map;

/**
 * Tool: builds a read query from a collection, filters, sort keys and a projection, and runs it.
 */
public final class QueryBuilderTool implements Tool<QueryBuilderTool.Arguments, QueryBuilderTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.database("arango_query_builder", "Build and run query",
            QueryPack.QUERY, OperationKind.READ,
            "Builds an AQL read query from a collection, filters (field, op, value; all must hold), sort keys, "
                    + "offset, limit and the fields to return, then runs it (dry_run only builds it). Field names may "
                    + "be dotted paths (address.city). The collection, every field name and every value are bind "
                    + "parameters, so any name or value is safe. Returns the query and its bind parameters with the "
                    + "rows, capped by the server's row and byte limits.");

    /** One filter condition. */
    public record Filter(
            @Doc("The attribute path, e.g. age or address.city.") @Required @Size(min = 1) String field,
            @Doc("The comparison; LIKE is case-insensitive with % and _ wildcards; IN and NOT IN take an array.")
            @Default("==") @OneOf({"==", "!=", "<", "<=", ">", ">=", "IN", "NOT IN", "LIKE"}) String op,
            @Doc("The value to compare with (any JSON value).") Object value) {
    }

    /** One sort key. */
    public record SortKey(
            @Doc("The attribute path to sort by.") @Required @Size(min = 1) String field,
            @Doc("ASC or DESC.") @Default("ASC") @OneOf({"ASC", "DESC"}) String direction) {
    }

    public record Arguments(
            @Doc("The collection to read.") @Required @Size(min = 1) String collection,
            @Doc("Conditions every returned document meets.") @Default("[]") List<Filter> filters,
            @Doc("Sort keys, most significant first.") @Default("[]") List<SortKey> sort,
            @Doc("The most documents to return; 0 or left out means no limit of your own. The server's row cap "
                    + "applies too.") @Range(min = 0, max = 100_000) Integer limit,
            @Doc("How many matching documents to skip first.") @Default("0") @Range(min = 0) int offset,
            @Doc("Only these attribute paths, as an object keyed by the paths given; leave out for whole documents.")
            List<String> return_fields,
            @Doc("Only build the query and return it, without running it.") @Default("false") boolean dry_run) {
    }

    public record Result(
            @Doc("The AQL query built.") String query,
            @Doc("Its bind parameters.") Map<String, Object> bind_vars,
            @Doc("The rows; absent with dry_run.") List<Object> rows,
            @Doc("How many rows were returned; absent with dry_run.") Integer count,
            @Doc("True when more rows matched than were returned (server caps, not your limit).") boolean truncated,
            @Doc("Which cap left rows out: 'rows' or 'bytes'; only when truncated.") String truncated_by) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments a, ToolContext context) {
        Limits limits = context.limits();
        // Within the server's cap the caller's limit is the limit; beyond it, one row more reveals truncation.
        boolean own = a.limit() != null && a.limit() > 0 && a.limit() <= limits.maxRows();
        BuiltQuery built = BuiltQuery.of(a, own ? a.limit() : limits.maxRows() + 1);
        if (a.dry_run()) {
            return new Result(built.query(), built.bindVars(), null, null, false, null);
        }
        CappedRows rows = CappedRows.of(limits);
        try (QueryCursor cursor = context.database().query(built.query(), built.bindVars(), QueryOptions.defaults()
                .withMaxRuntime(limits.queryTimeout().toMillis() / 1000.0))) {
            boolean more = true;
            while (more) {
                context.cancellation().throwIfCancelled();
                more = rows.addAll(cursor.nextBatch()) && cursor.hasMore();
            }
        }
        return new Result(built.query(), built.bindVars(), rows.rows(), rows.rows().size(),
                rows.truncatedBy() != null, rows.truncatedBy());
    }
}
