package io.arangomcp.domain.tenant;

import java.util.List;
import java.util.Objects;

/**
 * How JSON Web Tokens are accepted: signed by a key of a JWKS, from one issuer, for one audience, with a claim
 * that names the tenant and, optionally, the OAuth scopes this server requires.
 *
 * @param jwksUrl     where the issuer publishes its signing keys (https, or http on loopback for tests)
 * @param issuer      the required {@code iss} claim; also the authorization server that clients are sent to
 * @param audience    the required {@code aud} value
 * @param tenantClaim the claim whose string value is the tenant id
 * @param scopes      the scopes every token must carry (all of them); empty when none are required
 */
public record JwtRule(String jwksUrl, String issuer, String audience, String tenantClaim, List<String> scopes) {
    /** The tenant claim when none is configured. */
    public static final String DEFAULT_TENANT_CLAIM = "tenant";

    public JwtRule {
        jwksUrl = required(jwksUrl, "jwks_url");
        issuer = required(issuer, "issuer");
        audience = required(audience, "audience");
        tenantClaim = tenantClaim == null || tenantClaim.isBlank() ? DEFAULT_TENANT_CLAIM : tenantClaim.trim();
        scopes = List.copyOf(Objects.requireNonNull(scopes, "scopes is null"));
        for (String scope : scopes) {
            // RFC 6749 §3.3 scope-token: the value goes into a quoted WWW-Authenticate parameter as it is.
            if (scope.isEmpty() || !scope.chars().allMatch(c -> c == 0x21 || c >= 0x23 && c <= 0x7E && c != '\\')) {
                throw new IllegalArgumentException("jwt.scopes: '" + scope + "' is not an OAuth scope (printable "
                        + "ASCII without spaces, quotes or backslashes)");
            }
        }
    }

    private static String required(String value, String name) {
        Objects.requireNonNull(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("jwt." + name + " is required");
        }
        return value.trim();
    }
}
