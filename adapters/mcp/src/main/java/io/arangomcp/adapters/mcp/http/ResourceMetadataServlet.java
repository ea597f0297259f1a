package io.arangomcp.adapters.mcp.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * HTTP transport: {@code GET /.well-known/oauth-protected-resource[/<path>]}, the protected resource metadata
 * (RFC 9728) from which MCP clients learn which authorization server to get a token from. It is public: a
 * client reads it before it has a token.
 */
final class ResourceMetadataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient ProtectedResource resource;

    ResourceMetadataServlet(ProtectedResource resource) {
        this.resource = Objects.requireNonNull(resource, "resource is null");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod())) {
            response.setHeader("Allow", "GET");
            JsonErrors.send(response, 405, "the protected resource metadata is read with GET");
            return;
        }
        byte[] body = resource.document(request).getBytes(StandardCharsets.UTF_8);
        response.setStatus(200);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
