package io.arangomcp.adapters.mcp.http;

import io.arangomcp.adapters.mcp.McpServerAssembler;
import io.arangomcp.ports.in.ToolService;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP transport: the SDK's MCP servlet and server for one mode, with the filter that keeps our sessions in
 * step with it: streamable (sessions by {@code Mcp-Session-Id}) or stateless (sessions by principal).
 */
interface McpEndpoint {

    /** The servlet that speaks MCP at the endpoint path. */
    HttpServlet servlet();

    /** The filter in front of it that maps requests to sessions. */
    Filter sessionFilter();

    /** The MCP protocol versions the servlet speaks. */
    java.util.List<String> protocolVersions();

    /** Closes the MCP server. */
    void close();

    /** The endpoint for the settings' mode. */
    static McpEndpoint of(HttpSettings settings, ToolService tools, McpJsonMapper json, McpServerAssembler assembler,
                          HttpSessions sessions) {
        return settings.stateless() ? new Stateless(settings, json, assembler, sessions)
                : new Streamable(settings, tools, json, assembler, sessions);
    }

    /** Streamable HTTP with sessions: SSE answers, notifications, tool-list changes per session. */
    final class Streamable implements McpEndpoint {
        private static final Logger LOG = LoggerFactory.getLogger(Streamable.class);

        private final HttpServletStreamableServerTransportProvider transport;
        private final McpSyncServer server;
        private final HttpSessions sessions;

        Streamable(HttpSettings settings, ToolService tools, McpJsonMapper json, McpServerAssembler assembler,
                   HttpSessions sessions) {
            this.sessions = sessions;
            this.transport = HttpServletStreamableServerTransportProvider.builder()
                    .jsonMapper(json)
                    .mcpEndpoint(settings.path())
                    .keepAliveInterval(settings.keepAlive())
                    .maxRequestSize(settings.maxRequestBytes())
                    // The SDK forgets its own objects of sessions idle this long; ours expire first (HttpSessions).
                    .sessionSweepInterval(settings.idleTimeout())
                    .contextExtractor(TransportContexts::of)
                    .build();
            this.server = assembler.build(transport, TransportContexts::caller);
            tools.addToolListListener(this::toolsChanged);
        }

        @Override
        public HttpServlet servlet() {
            return transport;
        }

        @Override
        public Filter sessionFilter() {
            return new SessionFilter(sessions);
        }

        @Override
        public java.util.List<String> protocolVersions() {
            return transport.protocolVersions();
        }

        private void toolsChanged(String sessionId) {
            // To the changed session only: notifyToolsListChanged() would tell every session.
            transport.notifyClient(sessionId, McpSchema.METHOD_NOTIFICATION_TOOLS_LIST_CHANGED, null)
                    .subscribe(null, e -> LOG.debug("could not tell session {} its tools changed: {}", sessionId,
                            e.toString()));
        }

        @Override
        public void close() {
            server.closeGracefully();
        }
    }

    /** Stateless HTTP: JSON answers only, no notifications; the principal's session carries the state. */
    final class Stateless implements McpEndpoint {
        private final HttpServletStatelessServerTransport transport;
        private final McpStatelessSyncServer server;
        private final HttpSessions sessions;

        Stateless(HttpSettings settings, McpJsonMapper json, McpServerAssembler assembler, HttpSessions sessions) {
            this.sessions = sessions;
            this.transport = HttpServletStatelessServerTransport.builder()
                    .jsonMapper(json)
                    .messageEndpoint(settings.path())
                    .maxRequestSize(settings.maxRequestBytes())
                    .contextExtractor(TransportContexts::of)
                    .build();
            this.server = assembler.build(transport, TransportContexts::caller);
        }

        @Override
        public HttpServlet servlet() {
            return transport;
        }

        @Override
        public Filter sessionFilter() {
            return new PrincipalSessionFilter(sessions);
        }

        @Override
        public java.util.List<String> protocolVersions() {
            return transport.protocolVersions();
        }

        @Override
        public void close() {
            server.closeGracefully();
        }
    }
}
