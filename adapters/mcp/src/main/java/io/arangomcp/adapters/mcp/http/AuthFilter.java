package io.arangomcp.adapters.mcp.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Locale;

/**
 * HTTP transport: authenticates every request by its {@code Authorization: Bearer} token and keeps the
 * principal on the request for the transport context. Missing or invalid tokens get 401 with a
 * {@code WWW-Authenticate} challenge (RFC 6750); valid tokens that grant nothing here get 403. Without an
 * authenticator (loopback only) every request is the trusted local principal.
 */
final class AuthFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AuthFilter.class);
    private static final String BEARER = "bearer ";

    private final transient Authenticator authenticator;

    /** @param authenticator checks tokens, or {@code null} when no authentication is configured */
    AuthFilter(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (authenticator == null) {
            request.setAttribute(Principal.ATTRIBUTE, Principal.LOCAL);
            chain.doFilter(request, response);
            return;
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER)
                || header.substring(BEARER.length()).isBlank()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"arango-mcp\"");
            JsonErrors.send(response, 401, "authentication required: send 'Authorization: Bearer <token>'");
            return;
        }
        Principal principal;
        try {
            principal = authenticator.authenticate(header.substring(BEARER.length()).strip());
        } catch (AuthenticationException e) {
            LOG.info("refused a request from {}: {}", request.getRemoteAddr(), e.getMessage());
            if (e.status() == 401) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"arango-mcp\", error=\"invalid_token\"");
            }
            JsonErrors.send(response, e.status(), e.getMessage());
            return;
        }
        request.setAttribute(Principal.ATTRIBUTE, principal);
        chain.doFilter(request, response);
    }
}
