package io.arangomcp.adapters.mcp.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * HTTP transport: where the server listens and how it guards itself.
 *
 * @param host           the address to bind ({@code 127.0.0.1} by default)
 * @param port           the port; 0 picks a free one
 * @param path           the MCP endpoint, e.g. {@code /mcp}
 * @param allowedHosts   {@code Host} values accepted ({@code name:*} allows any port; {@code *} any host)
 * @param allowedOrigins {@code Origin} values accepted from browsers ({@code scheme://name:*}; {@code *} any)
 * @param idleTimeout    how long a session may stay without a request before it expires
 * @param maxSessions    how many sessions may be open at once
 * @param keepAlive      how often open SSE streams are pinged, or {@code null} for never
 * @param maxRequestBytes the largest request body accepted
 * @param stateless      serve without {@code Mcp-Session-Id}: each request stands alone and the session state is
 *                       keyed by the authenticated principal
 */
public record HttpSettings(String host, int port, String path, List<String> allowedHosts,
                           List<String> allowedOrigins, Duration idleTimeout, int maxSessions, Duration keepAlive,
                           int maxRequestBytes, boolean stateless) {
    /** The wildcard that switches a Host or Origin check off. */
    public static final String ANY = "*";

    public HttpSettings {
        Objects.requireNonNull(host, "host is null");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
        }
        if (path == null || !path.startsWith("/") || path.length() < 2 || path.endsWith("/")) {
            throw new IllegalArgumentException("--path must start with '/' and name an endpoint, e.g. /mcp");
        }
        allowedHosts = List.copyOf(allowedHosts);
        allowedOrigins = List.copyOf(allowedOrigins);
        Objects.requireNonNull(idleTimeout, "idleTimeout is null");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("--session-idle-timeout must be more than 0");
        }
        if (maxSessions < 1) {
            throw new IllegalArgumentException("--max-sessions must be at least 1");
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("the request size limit must be at least 1 byte");
        }
    }
}
