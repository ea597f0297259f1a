package io.arangomcp.toolpacks.multitenancy.tools.meta;

import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.ports.spi.NoArguments;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.toolpacks.multitenancy.MultiTenancyPack;

import java.util.List;

/**
 * Tool: lists the databases the calling session may use.
 */
public final class ListAvailableDatabasesTool implements Tool<NoArguments, ListAvailableDatabasesTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.server("arango_list_available_databases",
            "List available databases", MultiTenancyPack.CATEGORY, OperationKind.META,
            "Lists the configured databases this session may use, in configuration order: key (what the "
                    + "'database' argument and arango_set_focused_database take), server URL, ArangoDB database "
                    + "name, user, and which one is the default, which is focused and which are read-only. "
                    + "Never shows passwords.");

    /** One configured database. */
    public record DatabaseEntry(
            @Doc("The database key.") String key,
            @Doc("The server URL (the first one when several are configured for failover).") String url,
            @Doc("The ArangoDB database name on that server.") String database,
            @Doc("The ArangoDB user.") String username,
            @Doc("The configured description; absent when there is none.") String description,
            @Doc("Whether it is the configured default database.") boolean is_default,
            @Doc("Whether this session is focused on it.") boolean is_focused,
            @Doc("Whether its profile is read-only (tools that write are refused).") boolean read_only) {
    }

    public record Result(
            @Doc("The databases, in configuration order.") List<DatabaseEntry> databases,
            @Doc("The number of databases.") int total_count,
            @Doc("The configured default key; absent when none is configured.") String default_database) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(NoArguments arguments, ToolContext context) {
        DatabaseRegistry registry = context.databases().registry();
        String focus = context.session().state().focusedDatabase();
        List<DatabaseEntry> entries = registry.profiles().stream()
                .map(p -> entry(p, p.key().equals(registry.defaultKey()), p.key().equals(focus)))
                .toList();
        return new Result(entries, entries.size(), registry.defaultKey());
    }

    private static DatabaseEntry entry(DatabaseProfile p, boolean isDefault, boolean isFocused) {
        return new DatabaseEntry(p.key(), p.url(), p.database(), p.username(), p.description(), isDefault,
                isFocused, p.readOnly());
    }
}
