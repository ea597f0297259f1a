package io.arangomcp.adapters.mcp.http;

import io.arangomcp.ports.in.Caller;
import io.modelcontextprotocol.common.McpTransportContext;
import jakarta.servlet.http.HttpServletRequest;

import java.util.HashMap;
import java.util.Map;

/**
 * HTTP transport: what each request tells the MCP server about its caller (session id, principal, tenant,
 * remote address), and the {@link Caller} derived from it.
 */
final class TransportContexts {
    static final String SESSION = "session";
    static final String TENANT = "tenant";
    static final String PRINCIPAL = "principal";
    static final String REMOTE = "remote";
    /** The request attribute naming the session when a filter decided it (stateless mode: the principal's). */
    static final String SESSION_ATTRIBUTE = TransportContexts.class.getName() + ".session";

    private TransportContexts() {
    }

    /** The context of one request; keys with no value are left out. */
    static McpTransportContext of(HttpServletRequest request) {
        Map<String, Object> values = new HashMap<>();
        Principal principal = (Principal) request.getAttribute(Principal.ATTRIBUTE);
        Object decided = request.getAttribute(SESSION_ATTRIBUTE);
        putIfSet(values, SESSION, decided != null ? decided.toString()
                : request.getHeader(SessionFilter.SESSION_HEADER));
        putIfSet(values, REMOTE, request.getRemoteAddr());
        if (principal != null) {
            values.put(PRINCIPAL, principal.name());
            putIfSet(values, TENANT, principal.tenant());
        }
        return McpTransportContext.create(values);
    }

    /** The caller of a request that belongs to a session. */
    static Caller caller(McpTransportContext context) {
        Object session = context.get(SESSION);
        if (session == null) {
            throw new IllegalStateException("an MCP request outside a session reached the tools");
        }
        Object tenant = context.get(TENANT);
        return new Caller(session.toString(), "http", tenant == null ? null : tenant.toString());
    }

    private static void putIfSet(Map<String, Object> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }
}
