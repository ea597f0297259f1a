package io.arangomcp.adapters.mcp.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * HTTP transport: keeps {@link HttpSessions} in step with the SDK's sessions. A request without a session id
 * (an {@code initialize}) needs a free slot, or is refused with 503; the id the SDK answers with is bound to the
 * requesting principal. A request with a session id must come from that principal and arrive before the session
 * expired; otherwise it gets 404, as the MCP specification asks, so the client starts a new session.
 */
final class SessionFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String SESSION_HEADER = "Mcp-Session-Id";

    private final transient HttpSessions sessions;

    SessionFilter(HttpSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = (Principal) request.getAttribute(Principal.ATTRIBUTE);
        String id = request.getHeader(SESSION_HEADER);
        if (id == null || id.isBlank()) {
            if (!"POST".equals(request.getMethod())) {
                chain.doFilter(request, response);
                return;
            }
            open(request, response, chain, principal);
            return;
        }
        if (sessions.touch(id, principal) == HttpSessions.Lookup.UNKNOWN) {
            JsonErrors.send(response, 404, "session not found: it expired, was deleted or never existed; send "
                    + "initialize to start a new one");
            return;
        }
        chain.doFilter(request, response);
        if ("DELETE".equals(request.getMethod()) && response.getStatus() < 300) {
            sessions.deleted(id);
        }
    }

    private void open(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                      Principal principal) throws IOException, ServletException {
        if (!sessions.reserve()) {
            response.setHeader("Retry-After", "30");
            JsonErrors.send(response, 503, "session limit reached: " + sessions.max() + " sessions are open; "
                    + "close an unused one (DELETE with its Mcp-Session-Id) or retry later");
            return;
        }
        boolean opened = false;
        try {
            chain.doFilter(request, response);
            // initialize is answered synchronously, so the new id is set by now.
            String created = response.getHeader(SESSION_HEADER);
            if (created != null && response.getStatus() < 300) {
                sessions.opened(created, principal);
                opened = true;
            }
        } finally {
            if (!opened) {
                sessions.release();
            }
        }
    }
}
