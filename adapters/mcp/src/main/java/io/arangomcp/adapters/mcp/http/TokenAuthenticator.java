package io.arangomcp.adapters.mcp.http;

import io.arangomcp.adapters.mcp.http.AuthenticationException.Refusal;
import io.arangomcp.domain.tenant.TokenGrant;
import io.arangomcp.domain.tenant.TokenHash;

import java.util.List;

/**
 * HTTP transport: accepts the static bearer tokens of the access configuration, known only by their SHA-256
 * digests. Every grant is compared, in constant time, so timing tells nothing about which one almost matched.
 */
public final class TokenAuthenticator implements Authenticator {
    private final List<TokenGrant> grants;

    public TokenAuthenticator(List<TokenGrant> grants) {
        this.grants = List.copyOf(grants);
    }

    @Override
    public Principal authenticate(String bearerToken) throws AuthenticationException {
        String digest = TokenHash.sha256Hex(bearerToken);
        TokenGrant match = null;
        for (TokenGrant grant : grants) {
            if (TokenHash.sameDigest(digest, grant.sha256())) {
                match = grant;
            }
        }
        if (match == null) {
            throw new AuthenticationException(Refusal.INVALID_TOKEN, "the bearer token is not valid");
        }
        return new Principal(match.name(), match.tenant());
    }
}
