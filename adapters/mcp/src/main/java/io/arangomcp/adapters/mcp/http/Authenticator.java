package io.arangomcp.adapters.mcp.http;

/**
 * HTTP transport: turns a bearer token into a principal, or refuses it.
 */
@FunctionalInterface
public interface Authenticator {

    /**
     * @param bearerToken the token after {@code Bearer } in the {@code Authorization} header
     * @return the principal the token authenticates
     * @throws AuthenticationException when the token is not accepted
     */
    Principal authenticate(String bearerToken) throws AuthenticationException;
}
