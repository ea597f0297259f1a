package io.arangomcp.adapters.mcp.http;

import io.arangomcp.adapters.mcp.McpServerAssembler;
import io.arangomcp.adapters.mcp.ServerIdentity;
import io.arangomcp.ports.in.ToolService;
import io.modelcontextprotocol.json.McpJsonMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * HTTP transport: serves MCP over HTTP (streamable, or stateless) from embedded Jetty, with the SDK's servlet
 * transports, to many sessions at once. In front of the servlet: Host/Origin checks, bearer authentication, the protocol version
 * header, session binding and limits, and short JSON error bodies; beside it {@code /health},
 * {@code /metrics} and, when tokens come from an authorization server, the protected resource metadata.
 */
public final class HttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    private final HttpSettings settings;
    private final ToolMetrics metrics = new ToolMetrics();
    private final HttpSessions sessions;
    private final McpEndpoint mcp;
    private final Server jetty;
    private final ServerConnector connector;
    private final ScheduledExecutorService sweeper;

    /**
     * Wires the server; {@link #start()} opens the port.
     *
     * @param authenticator checks bearer tokens, or {@code null} for none (then every caller is trusted)
     * @param resource      this server as a protected resource of an authorization server, whose metadata is
     *                      served and named in every 401; {@code null} when tokens come from no such server
     */
    public HttpServer(HttpSettings settings, ToolService tools, McpJsonMapper json, ServerIdentity identity,
                      Authenticator authenticator, ProtectedResource resource, ServerStatus status, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings is null");
        Objects.requireNonNull(tools, "tools is null");
        this.sessions = new HttpSessions(settings.maxSessions(), settings.idleTimeout(), clock, tools::endSession);
        this.mcp = McpEndpoint.of(settings, tools, json,
                new McpServerAssembler(new MeteredToolService(tools, metrics), json, identity), sessions);
        this.jetty = new Server();
        this.connector = new ServerConnector(jetty);
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        jetty.addConnector(connector);
        jetty.setHandler(context(authenticator, resource, status));
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowCauses(false);
        errors.setDefaultResponseMimeType("application/json");
        jetty.setErrorHandler(errors);
        jetty.setStopTimeout(5000);
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "arango-mcp-session-sweeper");
            t.setDaemon(true);
            return t;
        });
    }

    private ServletContextHandler context(Authenticator authenticator, ProtectedResource resource,
                                          ServerStatus status) {
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        String path = settings.path();
        filter(context, new OriginHostFilter(settings.allowedHosts(), settings.allowedOrigins()), "/*");
        AuthFilter auth = new AuthFilter(authenticator, new BearerChallenge(resource));
        filter(context, auth, path);
        filter(context, auth, "/metrics");
        filter(context, new ProtocolVersionFilter(mcp.protocolVersions()), path);
        filter(context, mcp.sessionFilter(), path);
        filter(context, new ErrorBodyFilter(), path);
        ServletHolder mcpServlet = new ServletHolder("mcp", mcp.servlet());
        // Without async support every SSE answer fails with "Async Not Supported".
        mcpServlet.setAsyncSupported(true);
        context.addServlet(mcpServlet, path);
        context.addServlet(new ServletHolder("health",
                new StatusServlet(StatusServlet.Kind.HEALTH, status, metrics, sessions)), "/health");
        context.addServlet(new ServletHolder("metrics",
                new StatusServlet(StatusServlet.Kind.METRICS, status, metrics, sessions)), "/metrics");
        if (resource != null) {
            ResourceMetadataServlet metadata = new ResourceMetadataServlet(resource);
            resource.documentPaths().forEach(documentPath -> context.addServlet(
                    new ServletHolder("resource-metadata " + documentPath, metadata), documentPath));
        }
        context.addServlet(new ServletHolder("not-found", new NotFoundServlet()), "/");
        return context;
    }

    private static void filter(ServletContextHandler context, Filter filter, String path) {
        FilterHolder holder = new FilterHolder(filter);
        holder.setAsyncSupported(true);
        context.addFilter(holder, path, EnumSet.of(DispatcherType.REQUEST));
    }

    /** Opens the port and starts expiring idle sessions. */
    public void start() throws Exception {
        jetty.start();
        Duration idle = settings.idleTimeout();
        long every = Math.max(100, Math.min(idle.toMillis() / 2, 30_000));
        sweeper.scheduleWithFixedDelay(this::expireIdleSessions, every, every, TimeUnit.MILLISECONDS);
        LOG.info("MCP over {} HTTP at {}", settings.stateless() ? "stateless" : "streamable", endpoint());
    }

    /** The MCP endpoint, with the port actually bound. */
    public URI endpoint() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return URI.create("http://" + host + ":" + connector.getLocalPort() + settings.path());
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        jetty.join();
    }

    /** Ends the sessions idle for longer than the timeout (the sweeper does this periodically). */
    int expireIdleSessions() {
        return sessions.expireIdle();
    }

    /** The ids of the MCP sessions open now. */
    public java.util.Set<String> activeSessions() {
        return sessions.ids();
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        try {
            mcp.close();
        } catch (RuntimeException e) {
            LOG.warn("closing the MCP sessions failed: {}", e.toString());
        }
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.warn("stopping Jetty failed: {}", e.toString());
        }
        sessions.endAll();
    }
}
