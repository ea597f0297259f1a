package io.arangomcp.adapters.mcp.http;

import com.nimbusds.jwt.JWTClaimsSet;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * HTTP transport: the OAuth scopes a JWT grants. Issuers differ: RFC 9068 access tokens carry {@code scope} as
 * one space-separated string, others (Okta, Entra ID) use {@code scp}, as a string or a list; both are read.
 */
final class TokenScopes {
    private static final String[] CLAIMS = {"scope", "scp"};

    private TokenScopes() {
    }

    static Set<String> of(JWTClaimsSet claims) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String name : CLAIMS) {
            Object value = claims.getClaim(name);
            if (value instanceof String) {
                addWords((String) value, scopes);
            } else if (value instanceof Collection) {
                ((Collection<?>) value).forEach(item -> addWords(String.valueOf(item), scopes));
            }
        }
        return scopes;
    }

    private static void addWords(String text, Set<String> scopes) {
        for (String word : text.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                scopes.add(word);
            }
        }
    }
}
