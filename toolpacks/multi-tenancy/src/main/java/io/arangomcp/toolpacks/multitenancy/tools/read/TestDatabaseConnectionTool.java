package io.arangomcp.toolpacks.multitenancy.tools.read;

import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.ports.spi.ConnectionProbe;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.multitenancy.MultiTenancyPack;

/**
 * Tool: checks that one configured database can be reached and logged in to.
 */
public final class TestDatabaseConnectionTool
        implements Tool<TestDatabaseConnectionTool.Arguments, TestDatabaseConnectionTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.server("arango_test_database_connection",
            "Test database connection", MultiTenancyPack.CATEGORY, OperationKind.READ,
            "Checks that one configured database (by key) can be reached and logged in to, and reports the "
                    + "server version and the round-trip time. A failed connection is reported in the result "
                    + "(success: false, with error and error_code), not as a tool error; an unknown key fails with "
                    + "DATABASE_NOT_CONFIGURED.");

    public record Arguments(
            @Doc("The configured database key to check (see arango_list_available_databases).")
            @Required @Size(min = 1) String database) {
    }

    public record Result(
            @Doc("True when the server answered and accepted the login.") boolean success,
            @Doc("The database key.") String database,
            @Doc("The server URL (the first one when several are configured).") String url,
            @Doc("The ArangoDB database name.") String database_name,
            @Doc("The server version; only on success.") String version,
            @Doc("Why the connection failed; only when success is false.") String error,
            @Doc("The failure's code, e.g. UNAUTHORIZED or DATABASE_UNAVAILABLE; only when success is false.")
            String error_code,
            @Doc("How long the check took, in milliseconds.") long latency_ms) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments arguments, ToolContext context) {
        DatabaseProfile profile = context.databases().registry().require(arguments.database());
        ConnectionProbe probe = context.databases().probe(profile.key());
        DatabaseStatusItem item = DatabaseStatusItem.of(profile, probe,
                context.session().state().focusedDatabase());
        return new Result(item.connected(), item.key(), item.url(), item.database(), item.version(), item.error(),
                item.error_code(), item.latency_ms());
    }
}
