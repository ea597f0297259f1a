package io.arangomcp.app.cli;

import io.arangomcp.adapters.mcp.StdioServer;
import io.arangomcp.app.Application;
import io.arangomcp.app.config.ServerSettings;
import io.arangomcp.app.config.StartupPlan;
import io.arangomcp.app.wiring.StdioModule;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * CLI: {@code serve}: runs the MCP server until the client disconnects.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the MCP server (stdio: until the client closes stdin).",
        footer = {"", "Examples:",
                "  arango-mcp serve --backend memory --sample-data",
                "  arango-mcp serve --config config/databases.yaml",
                "  ARANGO_URL=http://localhost:8529 ARANGO_DB=app ARANGO_PASSWORD=… arango-mcp serve"})
final class ServeCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--transport", defaultValue = "stdio", paramLabel = "stdio",
            description = "Transport (default: ${DEFAULT-VALUE}).")
    String transport;

    @Mixin
    ServerOptions options;

    ServeCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() throws InterruptedException {
        if (!"stdio".equals(transport)) {
            throw ArangoMcpException.builder(ErrorCode.NOT_SUPPORTED,
                            "transport '" + transport + "' is not available in this build")
                    .hint("Use --transport stdio (streamable HTTP is planned).")
                    .build();
        }
        ServerSettings settings = options.settings(context);
        StartupPlan plan = context.launcher().plan(settings, context.environment());
        plan.notes().forEach(note -> context.err().println("arango-mcp: " + note));
        context.err().flush();
        try (Application app = context.launcher().start(settings, context.environment(), plan, new StdioModule())) {
            app.get(StdioServer.class).serve("stdio", context.stdin(), context.stdout());
        }
        return ExitCodes.OK;
    }
}
