package io.arangomcp.adapters.mcp.http;

import jakarta.servlet.http.HttpServletRequest;

/**
 * HTTP transport: the {@code WWW-Authenticate} value sent with a refusal (RFC 6750 §3): the realm; when this
 * server is a protected resource with metadata, where that metadata is (RFC 9728 §5.1, which the MCP
 * authorization spec requires on every 401) and which scopes to ask for; and the error code once a token was
 * presented (none when the request had no token, as RFC 6750 §3.1 asks).
 */
final class BearerChallenge {
    static final String HEADER = "WWW-Authenticate";

    private final ProtectedResource resource;

    /** @param resource the protected resource whose metadata is served, or {@code null} when none is */
    BearerChallenge(ProtectedResource resource) {
        this.resource = resource;
    }

    /**
     * @param request   the refused request
     * @param errorCode the RFC 6750 error code, or {@code null} when no token was presented
     */
    String value(HttpServletRequest request, String errorCode) {
        StringBuilder value = new StringBuilder("Bearer realm=\"arango-mcp\"");
        if (resource != null) {
            value.append(", resource_metadata=\"").append(resource.metadataUrl(request)).append('"');
            if (!resource.scopes().isEmpty()) {
                value.append(", scope=\"").append(String.join(" ", resource.scopes())).append('"');
            }
        }
        if (errorCode != null) {
            value.append(", error=\"").append(errorCode).append('"');
        }
        return value.toString();
    }
}
