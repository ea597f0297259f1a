package io.arangomcp.adapters.mcp.http;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.arangomcp.domain.tenant.AccessConfig;
import io.arangomcp.domain.tenant.JwtRule;
import io.arangomcp.domain.tenant.Tenant;
import io.arangomcp.domain.tenant.TokenGrant;
import io.arangomcp.domain.tenant.TokenHash;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthenticatorsTest {
    private static final JwtRule RULE = new JwtRule("http://127.0.0.1:1/jwks", "https://idp.test/", "arango-mcp",
            null, List.of());
    private static final AccessConfig ACCESS = new AccessConfig(
            Map.of("acme", new Tenant("acme", Set.of(Tenant.ALL), Set.of(Tenant.ALL))),
            List.of(new TokenGrant("ci", TokenHash.sha256Hex("ci-token"), "acme")), RULE);
    private static RSAKey key;
    private static RSAKey otherKey;

    @BeforeAll
    static void keys() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("k1").generate();
    }

    private static String jwt(RSAKey signer, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer("https://idp.test/").audience("arango-mcp").subject("agent-7")
                .expirationTime(Date.from(Instant.now().plusSeconds(300))).claim("tenant", "acme");
    }

    private final JwtAuthenticator jwts = new JwtAuthenticator(RULE, ACCESS,
            new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK())));

    @Test
    void tokensAreMatchedByDigest() throws Exception {
        TokenAuthenticator tokens = new TokenAuthenticator(ACCESS.tokens());
        assertThat(tokens.authenticate("ci-token")).isEqualTo(new Principal("ci", "acme"));
        assertThatThrownBy(() -> tokens.authenticate("ci-token2"))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.status()).isEqualTo(401))
                .hasMessage("the bearer token is not valid");
    }

    @Test
    void aValidJwtAuthenticatesAsItsTenant() throws Exception {
        assertThat(jwts.authenticate(jwt(key, claims().build()))).isEqualTo(new Principal("jwt:agent-7", "acme"));
    }

    @Test
    void jwtsWithAWrongSignatureIssuerAudienceExpiryOrTenantAreRefused() throws Exception {
        assertThat(refusal(jwt(otherKey, claims().build()))).isEqualTo(401);
        assertThat(refusal(jwt(key, claims().issuer("https://evil.test/").build()))).isEqualTo(401);
        assertThat(refusal(jwt(key, claims().audience("other").build()))).isEqualTo(401);
        assertThat(refusal(jwt(key, claims().audience((String) null).build()))).as("no aud").isEqualTo(401);
        assertThat(refusal(jwt(key, claims().expirationTime(Date.from(Instant.now().minusSeconds(600))).build())))
                .isEqualTo(401);
        assertThat(refusal(jwt(key, claims().claim("tenant", null).build()))).isEqualTo(401);
        assertThat(refusal(jwt(key, claims().claim("tenant", "ghost").build()))).isEqualTo(403);
        assertThat(refusal(jwt(key, claims().claim("tenant", 42).build()))).isEqualTo(403);
        assertThat(refusal("not.a.jwt")).isEqualTo(401);
    }

    @Test
    void aTokenForSeveralAudiencesIncludingThisServerIsAccepted() throws Exception {
        assertThat(jwts.authenticate(jwt(key, claims().audience(List.of("other", "arango-mcp")).build())).tenant())
                .isEqualTo("acme");
    }

    @Test
    void requiredScopesAreReadFromScopeOrScpAndAllMustBeThere() throws Exception {
        JwtRule scoped = new JwtRule(RULE.jwksUrl(), RULE.issuer(), RULE.audience(), null,
                List.of("mcp:tools", "arango"));
        JwtAuthenticator authenticator = new JwtAuthenticator(scoped, ACCESS,
                new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK())));
        assertThat(authenticator.authenticate(jwt(key, claims().claim("scope", "openid arango mcp:tools").build())))
                .isEqualTo(new Principal("jwt:agent-7", "acme"));
        assertThat(authenticator.authenticate(jwt(key, claims().claim("scp", List.of("arango", "mcp:tools")).build())))
                .isEqualTo(new Principal("jwt:agent-7", "acme"));
        assertThat(authenticator.authenticate(jwt(key, claims().claim("scp", "mcp:tools")
                .claim("scope", "arango").build())).tenant()).isEqualTo("acme");
        for (JWTClaimsSet narrow : List.of(claims().claim("scope", "mcp:tools").build(), claims().build(),
                claims().claim("scope", "mcp:tools:extra arango2").build())) {
            assertThatThrownBy(() -> authenticator.authenticate(jwt(key, narrow)))
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.refusal())
                            .isEqualTo(AuthenticationException.Refusal.INSUFFICIENT_SCOPE))
                    .hasMessageContaining("this server requires mcp:tools arango");
        }
    }

    @Test
    void symmetricSignaturesAreNeverAccepted() throws Exception {
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
        hmac.sign(new MACSigner("a-shared-secret-that-is-at-least-256-bits-long!!".getBytes(StandardCharsets.UTF_8)));
        assertThat(refusal(hmac.serialize())).isEqualTo(401);
    }

    @Test
    void keysAreFetchedFromTheJwksUrl() throws Exception {
        HttpServer jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
        try {
            JwtRule rule = new JwtRule("http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks",
                    "https://idp.test/", "arango-mcp", "tenant", List.of());
            JwtAuthenticator remote = new JwtAuthenticator(rule, ACCESS);
            assertThat(remote.authenticate(jwt(key, claims().build())).tenant()).isEqualTo("acme");
        } finally {
            jwks.stop(0);
        }
        JwtAuthenticator unreachable = new JwtAuthenticator(RULE, ACCESS);
        assertThatThrownBy(() -> unreachable.authenticate(jwt(key, claims().build())))
                .isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> new JwtAuthenticator(new JwtRule("no url", "i", "a", null, List.of()), ACCESS))
                .hasMessageContaining("jwt.jwks_url is not a URL");
    }

    @Test
    void bearerTokensGoToTheAuthenticatorOfTheirKind() throws Exception {
        BearerAuthenticator both = new BearerAuthenticator(new TokenAuthenticator(ACCESS.tokens()), jwts);
        assertThat(both.authenticate("ci-token").name()).isEqualTo("ci");
        assertThat(both.authenticate(jwt(key, claims().build())).name()).isEqualTo("jwt:agent-7");
        BearerAuthenticator jwtOnly = new BearerAuthenticator(null, jwts);
        assertThatThrownBy(() -> jwtOnly.authenticate("ci-token"))
                .hasMessage("this server accepts only JWT bearer tokens");
        BearerAuthenticator tokensOnly = new BearerAuthenticator(new TokenAuthenticator(ACCESS.tokens()), null);
        assertThatThrownBy(() -> tokensOnly.authenticate("a.b.c")).hasMessage("the bearer token is not valid");
        assertThatThrownBy(() -> new BearerAuthenticator(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private int refusal(String token) {
        try {
            jwts.authenticate(token);
        } catch (AuthenticationException e) {
            assertThat(e.getMessage()).doesNotContain(token);
            return e.status();
        }
        throw new AssertionError("accepted: " + token);
    }
}
