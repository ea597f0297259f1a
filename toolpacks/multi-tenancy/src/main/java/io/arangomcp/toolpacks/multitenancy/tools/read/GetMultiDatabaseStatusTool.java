package io.arangomcp.toolpacks.multitenancy.tools.read;

import io.arangomcp.ports.spi.NoArguments;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.toolpacks.multitenancy.MultiTenancyPack;

import java.util.List;

/**
 * Tool: checks every configured database and lists the outcomes with counts.
 */
public final class GetMultiDatabaseStatusTool implements Tool<NoArguments, GetMultiDatabaseStatusTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.server("arango_get_multi_database_status",
            "Check all databases", MultiTenancyPack.CATEGORY, OperationKind.READ,
            "Checks, in parallel, that every configured database this session may use can be reached and logged "
                    + "in to, and lists each with its status ('connected' with the server version, or 'error' "
                    + "with the reason), plus how many connected and failed. Unreachable databases are reported, "
                    + "not raised as errors.");

    public record Result(
            @Doc("Every database with its status, in configuration order.") List<DatabaseStatusItem> databases,
            @Doc("How many databases were checked.") int total_count,
            @Doc("How many connected.") int connected,
            @Doc("How many failed.") int failed,
            @Doc("The session's focused database key; absent when no focus is set.") String focused_database,
            @Doc("The id of this session.") String session_id) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(NoArguments arguments, ToolContext context) {
        List<DatabaseStatusItem> items = DatabaseStatusItem.probeAll(context);
        int connected = DatabaseStatusItem.connectedCount(items);
        return new Result(items, items.size(), connected, items.size() - connected,
                context.session().state().focusedDatabase(), context.session().id());
    }
}
