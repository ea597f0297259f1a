package io.arangomcp.adapters.mcp.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.arangomcp.adapters.mcp.http.AuthenticationException.Refusal;
import io.arangomcp.domain.tenant.AccessConfig;
import io.arangomcp.domain.tenant.JwtRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * HTTP transport: accepts JWTs signed with an asymmetric key (RSA, EC, EdDSA) of the configured JWKS, issued by
 * the configured issuer for the configured audience and not expired, that carry the required scopes, and maps
 * their tenant claim to a tenant of the access configuration. Keys are fetched, cached and refreshed by
 * nimbus-jose-jwt; symmetric (HMAC) signatures are never accepted, so a leaked JWKS cannot be used to forge
 * tokens. The audience check is what makes a token issued for another service useless here (MCP
 * authorization, "Token Audience Binding and Validation").
 */
public final class JwtAuthenticator implements Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger(JwtAuthenticator.class);

    private final JwtRule rule;
    private final AccessConfig access;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    /** Checks tokens against the JWKS published at the rule's URL. */
    public JwtAuthenticator(JwtRule rule, AccessConfig access) {
        this(rule, access, JWKSourceBuilder.create(url(rule.jwksUrl())).retrying(true).build());
    }

    /** Checks tokens against the given key source (tests). */
    JwtAuthenticator(JwtRule rule, AccessConfig access, JWKSource<SecurityContext> keys) {
        this.rule = Objects.requireNonNull(rule, "rule is null");
        this.access = Objects.requireNonNull(access, "access is null");
        Set<JWSAlgorithm> algorithms = new java.util.HashSet<>(JWSAlgorithm.Family.RSA);
        algorithms.addAll(JWSAlgorithm.Family.EC);
        algorithms.addAll(JWSAlgorithm.Family.ED);
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, keys));
        // A required audience also refuses tokens without "aud".
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(rule.audience(),
                new JWTClaimsSet.Builder().issuer(rule.issuer()).build(), Set.of("exp", rule.tenantClaim())));
    }

    @Override
    public Principal authenticate(String bearerToken) throws AuthenticationException {
        JWTClaimsSet claims;
        try {
            claims = processor.process(bearerToken, null);
        } catch (ParseException | BadJOSEException e) {
            LOG.debug("refused a JWT: {}", e.getMessage());
            throw new AuthenticationException(Refusal.INVALID_TOKEN, "the bearer token is not a valid JWT for this "
                    + "server: " + e.getMessage());
        } catch (JOSEException e) {
            LOG.warn("could not check a JWT (is the JWKS at {} reachable?): {}", rule.jwksUrl(), e.getMessage());
            throw new AuthenticationException(Refusal.INVALID_TOKEN, "the bearer token could not be checked");
        }
        Set<String> granted = TokenScopes.of(claims);
        List<String> missing = rule.scopes().stream().filter(s -> !granted.contains(s)).toList();
        if (!missing.isEmpty()) {
            throw new AuthenticationException(Refusal.INSUFFICIENT_SCOPE, "the JWT lacks the scope(s) "
                    + String.join(" ", missing) + "; this server requires " + String.join(" ", rule.scopes()));
        }
        String tenant;
        try {
            tenant = claims.getStringClaim(rule.tenantClaim());
        } catch (ParseException e) {
            throw new AuthenticationException(Refusal.FORBIDDEN, "the JWT claim '" + rule.tenantClaim()
                    + "' is not a string");
        }
        if (access.tenant(tenant).isEmpty()) {
            throw new AuthenticationException(Refusal.FORBIDDEN, "the JWT names tenant '" + tenant
                    + "', which this server does not serve");
        }
        String subject = claims.getSubject() == null ? "?" : claims.getSubject();
        return new Principal("jwt:" + subject, tenant);
    }

    private static java.net.URL url(String jwksUrl) {
        try {
            return URI.create(jwksUrl).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("jwt.jwks_url is not a URL: " + jwksUrl, e);
        }
    }
}
