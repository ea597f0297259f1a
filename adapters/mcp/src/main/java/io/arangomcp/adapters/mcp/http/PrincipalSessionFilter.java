package io.arangomcp.adapters.mcp.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * HTTP transport, stateless mode: every request of one principal belongs to that principal's session, so its
 * focus and workflow persist from request to request without an {@code Mcp-Session-Id}. The session counts
 * against {@code --max-sessions} and expires when idle, like any other.
 */
final class PrincipalSessionFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final String PREFIX = "principal:";

    private final transient HttpSessions sessions;

    PrincipalSessionFilter(HttpSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = (Principal) request.getAttribute(Principal.ATTRIBUTE);
        String id = PREFIX + principal.name();
        if (sessions.join(id, principal) == HttpSessions.Lookup.FULL) {
            response.setHeader("Retry-After", "30");
            JsonErrors.send(response, 503, "session limit reached: " + sessions.max() + " principals have state "
                    + "on this server; retry later");
            return;
        }
        request.setAttribute(TransportContexts.SESSION_ATTRIBUTE, id);
        chain.doFilter(request, response);
    }
}
