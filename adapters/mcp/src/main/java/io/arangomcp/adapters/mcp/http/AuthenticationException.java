package io.arangomcp.adapters.mcp.http;

import java.util.Objects;

/**
 * HTTP transport: a request whose credentials were missing, wrong or not allowed. The message is safe to send
 * to the client: it never contains the presented credential.
 */
public final class AuthenticationException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a credential was refused, with the HTTP status and the RFC 6750 error code it is answered with. */
    public enum Refusal {
        /** Unknown, malformed, expired, or issued by or for someone else. */
        INVALID_TOKEN(401, "invalid_token"),
        /** A valid token that lacks a scope this server requires: a token with more scopes would do. */
        INSUFFICIENT_SCOPE(403, "insufficient_scope"),
        /** A valid token for nothing this server serves (an unknown tenant): no other scope would help. */
        FORBIDDEN(403, null);

        private final int status;
        private final String errorCode;

        Refusal(int status, String errorCode) {
            this.status = status;
            this.errorCode = errorCode;
        }

        public int status() {
            return status;
        }

        /** The {@code error} parameter of the challenge, or {@code null} when no challenge is sent. */
        public String errorCode() {
            return errorCode;
        }
    }

    private final Refusal refusal;

    /**
     * @param refusal why the credential was refused
     * @param message what went wrong, without the credential
     */
    public AuthenticationException(Refusal refusal, String message) {
        super(message);
        this.refusal = Objects.requireNonNull(refusal, "refusal is null");
    }

    public Refusal refusal() {
        return refusal;
    }

    public int status() {
        return refusal.status();
    }
}
