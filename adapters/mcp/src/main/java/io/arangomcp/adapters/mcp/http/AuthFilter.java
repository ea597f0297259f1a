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
 * {@code WWW-Authenticate} challenge (RFC 6750), valid JWTs without a required scope 403 with one, valid tokens
 * that grant nothing here a plain 403. Without an authenticator (loopback only) every request is the trusted local
 * principal. The token itself goes no further than the authenticator: neither the principal nor the transport
 * context carries it, so it can never be passed on to a database.
 */
final class AuthFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AuthFilter.class);
    private static final String BEARER = "bearer ";

    private final transient Authenticator authenticator;
    private final transient BearerChallenge challenge;

    /**
     * @param authenticator checks tokens, or {@code null} when no authentication is configured
     * @param challenge     what refusals tell the client
     */
    AuthFilter(Authenticator authenticator, BearerChallenge challenge) {
        this.authenticator = authenticator;
        this.challenge = challenge;
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
            response.setHeader(BearerChallenge.HEADER, challenge.value(request, null));
            JsonErrors.send(response, 401, "authentication required: send 'Authorization: Bearer <token>'");
            return;
        }
        Principal principal;
        try {
            principal = authenticator.authenticate(header.substring(BEARER.length()).strip());
        } catch (AuthenticationException e) {
            LOG.info("refused a request from {}: {}", request.getRemoteAddr(), e.getMessage());
            String errorCode = e.refusal().errorCode();
            if (errorCode != null) {
                response.setHeader(BearerChallenge.HEADER, challenge.value(request, errorCode));
            }
            JsonErrors.send(response, e.status(), e.getMessage());
            return;
        }
        request.setAttribute(Principal.ATTRIBUTE, principal);
        chain.doFilter(request, response);
    }
}
