package io.arangomcp.adapters.mcp.http;

import java.util.Objects;

/**
 * HTTP transport: who sent a request, as authentication found out.
 *
 * @param name   a label for logs (a token's configured name or a JWT subject; never a secret)
 * @param tenant the tenant id, or {@code null} for the trusted local caller (no authentication configured)
 */
public record Principal(String name, String tenant) {
    /** The caller when no authentication is configured (loopback binds only): trusted like stdio. */
    public static final Principal LOCAL = new Principal("local", null);

    /** The request attribute under which the authenticated principal is kept. */
    static final String ATTRIBUTE = Principal.class.getName();

    public Principal {
        Objects.requireNonNull(name, "name is null");
    }
}
