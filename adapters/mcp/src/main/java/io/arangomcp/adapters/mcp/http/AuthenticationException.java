package io.arangomcp.adapters.mcp.http;

/**
 * HTTP transport: a request whose credentials were missing, wrong or not allowed. The message is safe to send
 * to the client: it never contains the presented credential.
 */
public final class AuthenticationException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * @param status  401 for missing or invalid credentials, 403 for valid ones that grant nothing here
     * @param message what went wrong, without the credential
     */
    public AuthenticationException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
