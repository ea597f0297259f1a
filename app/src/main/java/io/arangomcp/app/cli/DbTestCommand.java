package io.arangomcp.app.cli;

import io.arangomcp.app.Application;
import io.arangomcp.app.config.ServerSettings;
import io.arangomcp.app.config.StartupPlan;
import io.arangomcp.app.connect.ConnectionProber;
import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.ports.spi.ConnectionProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * CLI: {@code db test KEY}: connects to one registered database and reports the server version.
 */
@Command(name = "test", mixinStandardHelpOptions = true, description = "Check that a registered database answers.",
        footer = {"", "Examples:", "  arango-mcp db test prod", "  arango-mcp db test default --backend memory",
                "", "Exit status: 0 when the database answered, 1 otherwise."})
final class DbTestCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "KEY", description = "The registry key to test.")
    String key;

    @Mixin
    ServerOptions options;

    DbTestCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        ServerSettings settings = options.settings(context);
        StartupPlan plan = context.launcher().plan(settings, context.environment());
        DatabaseProfile profile = plan.registry().require(key);
        try (Application app = context.launcher().start(settings, context.environment(), plan)) {
            ConnectionProbe probe = app.get(ConnectionProber.class).probe(profile);
            if (probe.reachable()) {
                context.out().println("✓ Connection to '" + key + "' successful (" + probe.latencyMillis() + " ms)");
                context.out().println("  Server version: " + probe.version());
                context.out().println("  URL: " + String.join(", ", profile.urls()) + ", database " + profile.database());
                return ExitCodes.OK;
            }
            context.err().println("✗ Connection to '" + key + "' failed");
            context.err().println("  Error: " + probe.errorCode() + ": " + probe.error());
            context.err().println("  URL: " + String.join(", ", profile.urls()) + ", database " + profile.database()
                    + ", user " + profile.username());
            return ExitCodes.ERROR;
        }
    }
}
