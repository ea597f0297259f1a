package io.arangomcp.ports.in;

import java.util.Objects;

/**
 * Who is calling: the session and, over HTTP, the authenticated principal.
 *
 * @param sessionId the session id (stdio: one per process; HTTP: {@code Mcp-Session-Id}; CLI: one per command)
 * @param transport {@code stdio}, {@code http} or {@code cli}
 * @param tenant    the tenant the caller was authenticated as, or {@code null} for the trusted single tenant
 * @since 0.1
 */
public record Caller(String sessionId, String transport, String tenant) {
    public Caller {
        if (sessionId == null || sessionId.isEmpty()) {
            throw new IllegalArgumentException("sessionId is required");
        }
        Objects.requireNonNull(transport, "transport is null");
    }

    /** A trusted caller (stdio or CLI) with no tenant restrictions. */
    public static Caller trusted(String sessionId, String transport) {
        return new Caller(sessionId, transport, null);
    }
}
