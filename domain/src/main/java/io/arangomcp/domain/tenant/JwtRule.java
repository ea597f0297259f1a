package io.arangomcp.domain.tenant;

import java.util.Objects;

/**
 * How JSON Web Tokens are accepted: signed by a key of a JWKS, from one issuer, for one audience, with a claim
 * that names the tenant.
 *
 * @param jwksUrl     where the issuer publishes its signing keys (https, or http on loopback for tests)
 * @param issuer      the required {@code iss} claim
 * @param audience    the required {@code aud} value
 * @param tenantClaim the claim whose string value is the tenant id
 */
public record JwtRule(String jwksUrl, String issuer, String audience, String tenantClaim) {
    /** The tenant claim when none is configured. */
    public static final String DEFAULT_TENANT_CLAIM = "tenant";

    public JwtRule {
        jwksUrl = required(jwksUrl, "jwks_url");
        issuer = required(issuer, "issuer");
        audience = required(audience, "audience");
        tenantClaim = tenantClaim == null || tenantClaim.isBlank() ? DEFAULT_TENANT_CLAIM : tenantClaim.trim();
    }

    private static String required(String value, String name) {
        Objects.requireNonNull(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("jwt." + name + " is required");
        }
        return value.trim();
    }
}
