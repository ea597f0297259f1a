package io.arangomcp.adapters.mcp.http;

import io.arangomcp.adapters.mcp.http.AuthenticationException.Refusal;

/**
 * HTTP transport: sends a bearer token to the authenticator for its kind: JWTs (three dot-separated parts) to
 * the JWT authenticator when one is configured, anything else to the static tokens.
 */
public final class BearerAuthenticator implements Authenticator {
    private final Authenticator tokens;
    private final Authenticator jwts;

    /**
     * @param tokens the static-token authenticator, or {@code null} when no token is configured
     * @param jwts   the JWT authenticator, or {@code null} when JWTs are not accepted
     */
    public BearerAuthenticator(Authenticator tokens, Authenticator jwts) {
        if (tokens == null && jwts == null) {
            throw new IllegalArgumentException("a bearer authenticator needs tokens, a JWT rule, or both");
        }
        this.tokens = tokens;
        this.jwts = jwts;
    }

    @Override
    public Principal authenticate(String bearerToken) throws AuthenticationException {
        boolean looksLikeJwt = bearerToken.chars().filter(c -> c == '.').count() == 2;
        Authenticator chosen = looksLikeJwt && jwts != null ? jwts : tokens;
        if (chosen == null) {
            throw new AuthenticationException(Refusal.INVALID_TOKEN, "this server accepts only JWT bearer tokens");
        }
        return chosen.authenticate(bearerToken);
    }
}
