package io.arangomcp.adapters.mcp.http;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
 * @param publicUrl      the URL clients use for the MCP endpoint (the canonical server URI of the MCP
 *                       authorization spec, e.g. {@code https://mcp.example.com/mcp} behind a proxy), or
 *                       {@code null} to take it from each request's {@code Host}; kept with lower-case scheme and
 *                       host and without a trailing slash
 */
public record HttpSettings(String host, int port, String path, List<String> allowedHosts,
                           List<String> allowedOrigins, Duration idleTimeout, int maxSessions, Duration keepAlive,
                           int maxRequestBytes, boolean stateless, URI publicUrl) {
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
        publicUrl = publicUrl == null ? null : canonical(publicUrl);
    }

    private static URI canonical(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null
                || url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("--public-url must be an absolute http(s) URL without user, query "
                    + "or fragment, e.g. https://mcp.example.com/mcp, not " + url);
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String port = url.getPort() < 0 ? "" : ":" + url.getPort();
        return URI.create(scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + port + path);
    }
}
