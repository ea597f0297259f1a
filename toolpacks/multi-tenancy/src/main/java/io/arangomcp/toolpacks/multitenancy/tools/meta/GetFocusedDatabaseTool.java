package io.arangomcp.toolpacks.multitenancy.tools.meta;

import io.arangomcp.ports.spi.NoArguments;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.toolpacks.multitenancy.MultiTenancyPack;

/**
 * Tool: tells which database the calling session is focused on.
 */
public final class GetFocusedDatabaseTool implements Tool<NoArguments, GetFocusedDatabaseTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.server("arango_get_focused_database", "Get focused database",
            MultiTenancyPack.CATEGORY, OperationKind.META,
            "Returns the database key this session is focused on (set with arango_set_focused_database), if any. "
                    + "Use arango_get_database_resolution to see which database calls actually use.");

    public record Result(
            @Doc("The focused database key; absent when no focus is set.") String focused_database,
            @Doc("The id of this session.") String session_id,
            @Doc("Whether a focus is set.") boolean is_set) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(NoArguments arguments, ToolContext context) {
        String focus = context.session().state().focusedDatabase();
        return new Result(focus, context.session().id(), focus != null);
    }
}
