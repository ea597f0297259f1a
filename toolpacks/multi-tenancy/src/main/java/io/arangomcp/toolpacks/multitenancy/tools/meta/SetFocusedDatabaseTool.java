package io.arangomcp.toolpacks.multitenancy.tools.meta;

import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.toolpacks.multitenancy.MultiTenancyPack;

/**
 * Tool: sets or clears the database the calling session works on by default.
 */
public final class SetFocusedDatabaseTool
        implements Tool<SetFocusedDatabaseTool.Arguments, SetFocusedDatabaseTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.server("arango_set_focused_database", "Set focused database",
            MultiTenancyPack.CATEGORY, OperationKind.META,
            "Focuses this session on one configured database (by key, see arango_list_available_databases): "
                    + "later tool calls without a 'database' argument use it. Leave database out or empty to unset "
                    + "the focus; the result then says which database resolution falls back to. Fails with "
                    + "DATABASE_NOT_CONFIGURED for an unknown key.");

    public record Arguments(
            @Doc("The configured database key to focus on; leave it out or give \"\" to unset the focus.")
            String database) {
    }

    public record Result(
            @Doc("Always true; failures are reported as errors.") boolean success,
            @Doc("The focused database key; absent after unsetting.") String focused_database,
            @Doc("The id of this session.") String session_id,
            @Doc("After unsetting: what database resolution falls back to.") String message,
            @Doc("After unsetting: the database key calls without a 'database' argument now use; absent when "
                    + "none resolves.") String fallback_database) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments arguments, ToolContext context) {
        String key = arguments.database();
        if (key != null && !key.isBlank()) {
            context.databases().registry().require(key);
            context.session().update(s -> s.withFocus(key));
            return new Result(true, key, context.session().id(), null, null);
        }
        context.session().update(s -> s.withFocus(null));
        String fallback = context.databases().resolution().key();
        String message = "Focused database has been unset. Database resolution will fall back to default priority "
                + "levels" + (fallback == null ? "" : " (will use '" + fallback + "')");
        return new Result(true, null, context.session().id(), message, fallback);
    }
}
