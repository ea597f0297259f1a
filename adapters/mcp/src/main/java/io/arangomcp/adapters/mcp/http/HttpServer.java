package io.arangomcp.adapters.mcp.http;

import io.arangomcp.adapters.mcp.McpServerAssembler;
import io.arangomcp.adapters.mcp.ServerIdentity;
import io.arangomcp.ports.in.ToolService;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
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
 * HTTP transport: serves MCP over streamable HTTP from embedded Jetty, with the SDK's servlet transport, to many
 * sessions at once. In front of the servlet: Host/Origin checks, bearer authentication, the protocol version
 * header, session binding and limits, and short JSON error bodies; beside it {@code /health} and
 * {@code /metrics}.
 */
public final class HttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    private final HttpSettings settings;
    private final ToolService tools;
    private final ToolMetrics metrics = new ToolMetrics();
    private final HttpSessions sessions;
    private final HttpServletStreamableServerTransportProvider transport;
    private final McpSyncServer mcp;
    private final Server jetty;
    private final ServerConnector connector;
    private final ScheduledExecutorService sweeper;

    /**
     * Wires the server; {@link #start()} opens the port.
     *
     * @param authenticator checks bearer tokens, or {@code null} for none (then every caller is trusted)
     */
    public HttpServer(HttpSettings settings, ToolService tools, McpJsonMapper json, ServerIdentity identity,
                      Authenticator authenticator, ServerStatus status, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings is null");
        this.tools = Objects.requireNonNull(tools, "tools is null");
        this.sessions = new HttpSessions(settings.maxSessions(), settings.idleTimeout(), clock, tools::endSession);
        this.transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(json)
                .mcpEndpoint(settings.path())
                .keepAliveInterval(settings.keepAlive())
                .maxRequestSize(settings.maxRequestBytes())
                // The SDK forgets its own objects of sessions idle this long; ours expire first (HttpSessions).
                .sessionSweepInterval(settings.idleTimeout())
                .contextExtractor(TransportContexts::of)
                .build();
        this.mcp = new McpServerAssembler(new MeteredToolService(tools, metrics), json, identity)
                .build(transport, TransportContexts::caller);
        tools.addToolListListener(this::toolsChanged);
        this.jetty = new Server();
        this.connector = new ServerConnector(jetty);
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        jetty.addConnector(connector);
        jetty.setHandler(context(authenticator, status));
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

    private ServletContextHandler context(Authenticator authenticator, ServerStatus status) {
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        String path = settings.path();
        filter(context, new OriginHostFilter(settings.allowedHosts(), settings.allowedOrigins()), "/*");
        AuthFilter auth = new AuthFilter(authenticator);
        filter(context, auth, path);
        filter(context, auth, "/metrics");
        filter(context, new ProtocolVersionFilter(transport.protocolVersions()), path);
        filter(context, new SessionFilter(sessions), path);
        filter(context, new ErrorBodyFilter(), path);
        ServletHolder mcpServlet = new ServletHolder("mcp", transport);
        // Without async support every SSE answer fails with "Async Not Supported".
        mcpServlet.setAsyncSupported(true);
        context.addServlet(mcpServlet, path);
        context.addServlet(new ServletHolder("health",
                new StatusServlet(StatusServlet.Kind.HEALTH, status, metrics, sessions)), "/health");
        context.addServlet(new ServletHolder("metrics",
                new StatusServlet(StatusServlet.Kind.METRICS, status, metrics, sessions)), "/metrics");
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
        sweeper.scheduleWithFixedDelay(sessions::expireIdle, every, every, TimeUnit.MILLISECONDS);
        LOG.info("MCP over streamable HTTP at {}", endpoint());
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

    /** The ids of the MCP sessions open now. */
    public java.util.Set<String> activeSessions() {
        return sessions.ids();
    }

    private void toolsChanged(String sessionId) {
        // To the changed session only: notifyToolsListChanged() would tell every session.
        transport.notifyClient(sessionId, McpSchema.METHOD_NOTIFICATION_TOOLS_LIST_CHANGED, null)
                .subscribe(null, e -> LOG.debug("could not tell session {} its tools changed: {}", sessionId,
                        e.toString()));
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        try {
            mcp.closeGracefully();
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
