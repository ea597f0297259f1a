package io.arangomcp.app.cli;

import io.arangomcp.adapters.mcp.StdioServer;
import io.arangomcp.adapters.mcp.http.HttpServer;
import io.arangomcp.adapters.mcp.http.HttpSettings;
import io.arangomcp.app.http.AccessSource;
import io.arangomcp.app.wiring.HttpModule;
import io.arangomcp.domain.tenant.AccessConfig;
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
 * CLI: {@code serve}: runs the MCP server, over stdio until the client disconnects, or over streamable HTTP
 * until the process is stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the MCP server (stdio: until the client closes stdin; http: until stopped).",
        footer = {"", "Examples:",
                "  arango-mcp serve --backend memory --sample-data",
                "  arango-mcp serve --config config/databases.yaml",
                "  arango-mcp serve --transport http --port 8000",
                "  ARANGO_MCP_TOKEN=… arango-mcp serve --transport http --host 0.0.0.0",
                "  arango-mcp serve --transport http --auth-file config/access.yaml",
                "  ARANGO_URL=http://localhost:8529 ARANGO_DB=app ARANGO_PASSWORD=… arango-mcp serve"})
final class ServeCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--transport", defaultValue = "stdio", paramLabel = "stdio|http",
            description = "Transport (default: ${DEFAULT-VALUE}).")
    String transport;

    @Mixin
    ServerOptions options;

    @Mixin
    HttpOptions http;

    ServeCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() throws Exception {
        if (!"stdio".equals(transport) && !"http".equals(transport)) {
            throw ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS, "unknown transport '" + transport + "'")
                    .hint("Use --transport stdio or --transport http.")
                    .build();
        }
        ServerSettings settings = options.settings(context);
        if ("http".equals(transport)) {
            return serveHttp(settings);
        }
        StartupPlan plan = plan(settings);
        try (Application app = context.launcher().start(settings, context.environment(), plan, new StdioModule())) {
            app.get(StdioServer.class).serve("stdio", context.stdin(), context.stdout());
        }
        return ExitCodes.OK;
    }

    private Integer serveHttp(ServerSettings settings) throws Exception {
        HttpSettings httpSettings = http.settings();
        AccessConfig access = AccessSource.load(http.authFile, context.environment(), context.workingDirectory());
        AccessSource.requireAuthBeyondLoopback(httpSettings.host(), access);
        StartupPlan plan = plan(settings);
        try (Application app = context.launcher().start(settings, context.environment(), plan,
                new HttpModule(httpSettings, access))) {
            HttpServer server = app.get(HttpServer.class);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "arango-mcp-http-shutdown"));
            context.err().println("arango-mcp: serving MCP over " + (httpSettings.stateless() ? "stateless"
                    : "streamable") + " HTTP at " + server.endpoint()
                    + (access.enabled() ? " (bearer token required; " + access.tenants().size() + " tenant(s))"
                    : " (no authentication: loopback only)"));
            context.err().flush();
            server.join();
        }
        return ExitCodes.OK;
    }

    private StartupPlan plan(ServerSettings settings) {
        StartupPlan plan = context.launcher().plan(settings, context.environment());
        plan.notes().forEach(note -> context.err().println("arango-mcp: " + note));
        context.err().flush();
        return plan;
    }
}
