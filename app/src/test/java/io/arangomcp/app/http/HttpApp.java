package io.arangomcp.app.http;

import io.arangomcp.adapters.mcp.http.HttpServer;
import io.arangomcp.adapters.mcp.http.HttpSettings;
import io.arangomcp.app.Application;
import io.arangomcp.app.DefaultLauncher;
import io.arangomcp.app.config.Backend;
import io.arangomcp.app.config.Environment;
import io.arangomcp.app.config.ServerSettings;
import io.arangomcp.app.config.StartupPlan;
import io.arangomcp.app.wiring.HttpModule;
import io.arangomcp.domain.session.SessionState;
import io.arangomcp.domain.tenant.AccessConfig;
import io.arangomcp.ports.spi.Limits;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Test fixture: the production wiring (memory backend, built-in packs) served over HTTP on a free port. */
final class HttpApp implements AutoCloseable {
    /** Three databases on two in-memory servers; default shop. */
    static final String REGISTRY = """
            default_database: shop
            databases:
              shop: {url: "memory://one", database: shop, username: root}
              analytics: {url: "memory://one", database: analytics, username: root}
              hr: {url: "memory://two", database: hr, username: root}
            """;

    final Application app;
    final HttpServer server;

    private HttpApp(Application app, HttpServer server) {
        this.app = app;
        this.server = server;
    }

    static HttpApp start(Path cwd, AccessConfig access, Duration idleTimeout, int maxSessions) throws Exception {
        return start(cwd, access, idleTimeout, maxSessions, false);
    }

    static HttpApp start(Path cwd, AccessConfig access, Duration idleTimeout, int maxSessions, boolean stateless)
            throws Exception {
        Path config = cwd.resolve("databases.yaml");
        Files.writeString(config, REGISTRY);
        Environment environment = new Environment(Map.of());
        ServerSettings settings = new ServerSettings(Backend.MEMORY, config.toString(), List.of(), null, false, cwd,
                Limits.defaults(), SessionState.INITIAL_WORKFLOW, cwd.resolve("backups"));
        DefaultLauncher launcher = new DefaultLauncher();
        StartupPlan plan = launcher.plan(settings, environment);
        HttpSettings http = new HttpSettings("127.0.0.1", 0, "/mcp", List.of("127.0.0.1:*"), List.of(),
                idleTimeout, maxSessions, Duration.ofSeconds(30), 1 << 20, stateless, null);
        Application app = launcher.start(settings, environment, plan, new HttpModule(http, access));
        HttpServer server = app.get(HttpServer.class);
        server.start();
        return new HttpApp(app, server);
    }

    URI endpoint() {
        return server.endpoint();
    }

    @Override
    public void close() {
        server.close();
        app.close();
    }
}
