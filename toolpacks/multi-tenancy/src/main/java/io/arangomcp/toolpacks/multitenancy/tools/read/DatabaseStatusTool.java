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
 * Tool: the health summary of every configured database, in the reference server's shape.
 */
public final class DatabaseStatusTool implements Tool<NoArguments, DatabaseStatusTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.server("arango_database_status", "Database status",
            MultiTenancyPack.HEALTH_CATEGORY, OperationKind.READ,
            "Reports the health of every configured database this session may use, checked in parallel: a "
                    + "summary (total, connected, failed, focused database) and each database's status "
                    + "('connected' with the server version, or 'error' with the reason). Unreachable databases "
                    + "are reported, not raised as errors.");

    public record Summary(
            @Doc("How many databases were checked.") int total,
            @Doc("How many connected.") int connected,
            @Doc("How many failed.") int failed,
            @Doc("The session's focused database key; absent when no focus is set.") String focused_database) {
    }

    public record Result(
            @Doc("The counts and the focused database.") Summary summary,
            @Doc("Every database with its status, in configuration order.") List<DatabaseStatusItem> databases,
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
        Summary summary = new Summary(items.size(), connected, items.size() - connected,
                context.session().state().focusedDatabase());
        return new Result(summary, items, context.session().id());
    }
}
