package io.arangomcp.adapters.mcp.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/**
 * HTTP transport: answers 400 to a request whose {@code MCP-Protocol-Version} header names a version this
 * server does not speak, as the MCP specification (2025-06-18, "Protocol Version Header") requires; the SDK's
 * servlet accepts any value. A request without the header passes (the specification says to assume 2025-03-26).
 */
final class ProtocolVersionFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String HEADER = "MCP-Protocol-Version";

    private final List<String> supported;

    ProtocolVersionFilter(List<String> supported) {
        this.supported = List.copyOf(supported);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String version = request.getHeader(HEADER);
        if (version != null && !supported.contains(version.strip())) {
            JsonErrors.send(response, 400, "unsupported MCP-Protocol-Version '" + version.strip()
                    + "'; this server speaks " + String.join(", ", supported));
            return;
        }
        chain.doFilter(request, response);
    }
}
