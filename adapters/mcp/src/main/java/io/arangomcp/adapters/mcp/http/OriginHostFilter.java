package io.arangomcp.adapters.mcp.http;

import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HTTP transport: refuses requests whose {@code Host} or {@code Origin} is not on the allow-lists, before
 * anything else runs. This stops DNS-rebinding attacks, in which a web page makes a browser send requests to a
 * server on the user's loopback under the attacker's host name: 421 for a wrong Host, 403 for a wrong Origin.
 * Requests without an Origin (non-browser clients) pass the Origin check. The matching is the SDK's.
 */
final class OriginHostFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(OriginHostFilter.class);

    private final transient DefaultServerTransportSecurityValidator validator;
    private final boolean anyOrigin;

    OriginHostFilter(List<String> allowedHosts, List<String> allowedOrigins) {
        this.anyOrigin = allowedOrigins.contains(HttpSettings.ANY);
        this.validator = DefaultServerTransportSecurityValidator.builder()
                // An empty host list switches the SDK's Host check off.
                .allowedHosts(allowedHosts.contains(HttpSettings.ANY) ? List.of() : allowedHosts)
                .allowedOrigins(allowedOrigins)
                .build();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Map<String, List<String>> headers = new java.util.HashMap<>();
        headers.put("Host", values(request, "Host"));
        if (!anyOrigin && request.getHeader("Origin") != null) {
            headers.put("Origin", values(request, "Origin"));
        }
        try {
            validator.validateHeaders(headers);
        } catch (ServerTransportSecurityException e) {
            LOG.info("refused a request from {} with Host '{}' and Origin '{}': {}", request.getRemoteAddr(),
                    request.getHeader("Host"), request.getHeader("Origin"), e.getMessage());
            String hint = e.getStatusCode() == 421
                    ? " (this server answers only to the host names in --allowed-hosts)"
                    : " (this server accepts browser requests only from the origins in --allowed-origins)";
            JsonErrors.send(response, e.getStatusCode(), e.getMessage() + hint);
            return;
        }
        chain.doFilter(request, response);
    }

    private static List<String> values(HttpServletRequest request, String name) {
        return new ArrayList<>(java.util.Collections.list(request.getHeaders(name)));
    }
}
