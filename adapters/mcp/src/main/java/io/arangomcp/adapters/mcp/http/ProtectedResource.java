package io.arangomcp.adapters.mcp.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * HTTP transport: this server as an OAuth 2.0 protected resource (RFC 9728), which the MCP authorization
 * specification requires of a server that accepts tokens from an authorization server: its resource identifier
 * (the canonical server URI clients ask tokens for), the authorization server (the JWT issuer), the scopes it
 * requires, and where its metadata document lives.
 */
public final class ProtectedResource {
    /** The well-known prefix of RFC 9728 §3. */
    static final String WELL_KNOWN = "/.well-known/oauth-protected-resource";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI publicUrl;
    private final String endpointPath;
    private final String authorizationServer;
    private final List<String> scopes;

    /**
     * @param publicUrl           the canonical URI of the MCP endpoint, or {@code null} to take scheme and host from
     *                            each request (right only without a proxy in front)
     * @param endpointPath        the MCP endpoint path served here, used when there is no public URL
     * @param authorizationServer the issuer identifier of the authorization server
     * @param scopes              the scopes every token must carry, announced to clients
     */
    public ProtectedResource(URI publicUrl, String endpointPath, String authorizationServer, List<String> scopes) {
        this.publicUrl = publicUrl;
        this.endpointPath = Objects.requireNonNull(endpointPath, "endpointPath is null");
        this.authorizationServer = Objects.requireNonNull(authorizationServer, "authorizationServer is null");
        this.scopes = List.copyOf(scopes);
    }

    /** The resource identifier as a client of this request sees the server. */
    URI resource(HttpServletRequest request) {
        if (publicUrl != null) {
            return publicUrl;
        }
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = port == ("https".equals(scheme) ? 443 : 80);
        try {
            return new URI(scheme, null, request.getServerName().toLowerCase(Locale.ROOT), defaultPort ? -1 : port,
                    endpointPath, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("no resource URI can be made of the Host " + request.getServerName(),
                    e);
        }
    }

    /** Where the metadata of the resource is: its origin, the well-known prefix, then its path (RFC 9728 §3.1). */
    URI metadataUrl(HttpServletRequest request) {
        URI resource = resource(request);
        return URI.create(resource.getScheme() + "://" + resource.getRawAuthority() + WELL_KNOWN
                + resource.getRawPath());
    }

    /**
     * The paths at which this server serves the document: the one formed from the resource's path, which RFC 9728
     * and MCP 2025-11-25 clients ask first, and the bare prefix, which MCP 2025-06-18 clients ask.
     */
    List<String> documentPaths() {
        String path = publicUrl != null ? publicUrl.getPath() : endpointPath;
        return path.isEmpty() ? List.of(WELL_KNOWN) : List.of(WELL_KNOWN + path, WELL_KNOWN);
    }

    List<String> scopes() {
        return scopes;
    }

    /** The metadata document (RFC 9728 §2) for a request. */
    String document(HttpServletRequest request) {
        ObjectNode document = JSON.createObjectNode().put("resource", resource(request).toString());
        document.putArray("authorization_servers").add(authorizationServer);
        // RFC 6750 §2.1 only: tokens in a form body or the query string are not read (MCP forbids the latter).
        document.putArray("bearer_methods_supported").add("header");
        if (!scopes.isEmpty()) {
            scopes.forEach(document.putArray("scopes_supported")::add);
        }
        return document.toString();
    }
}
