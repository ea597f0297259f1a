package io.arangomcp.adapters.mcp.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.arangomcp.adapters.mcp.FakeToolService;
import io.arangomcp.adapters.mcp.ServerIdentity;
import io.arangomcp.domain.tenant.AccessConfig;
import io.arangomcp.domain.tenant.JwtRule;
import io.arangomcp.domain.tenant.Tenant;
import io.arangomcp.domain.tenant.TokenGrant;
import io.arangomcp.domain.tenant.TokenHash;
import io.arangomcp.ports.in.Caller;
import io.arangomcp.testkit.mcp.HttpMcpClient;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP transport as an OAuth protected resource (MCP authorization, RFC 9728, RFC 6750): the metadata
 * document, the challenges of 401 and 403 answers, and which JWTs get in.
 */
@Timeout(60)
class ProtectedResourceHttpTest {
    private static final String ISSUER = "https://idp.test/";
    private static final String PUBLIC_METADATA = "https://mcp.example.com/.well-known/oauth-protected-resource/mcp";
    private static final String TOOLS_LIST = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/list\"}";
    private static RSAKey key;

    private final ObjectMapper mapper = new ObjectMapper();
    private final FakeToolService tools = new FakeToolService();
    private final HttpClient http = HttpMcpClient.newHttpClient();
    private HttpServer server;

    @BeforeAll
    static void signingKey() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
    }

    /** A server that accepts the static token "ci-token" and JWTs of the test issuer that carry {@code scopes}. */
    private URI start(URI publicUrl, List<String> scopes) throws Exception {
        JwtRule rule = new JwtRule("http://127.0.0.1:1/jwks", ISSUER, "https://mcp.example.com/mcp", null, scopes);
        AccessConfig access = new AccessConfig(
                Map.of("acme", new Tenant("acme", Set.of(Tenant.ALL), Set.of(Tenant.ALL))),
                List.of(new TokenGrant("ci", TokenHash.sha256Hex("ci-token"), "acme")), rule);
        Authenticator authenticator = new BearerAuthenticator(new TokenAuthenticator(access.tokens()),
                new JwtAuthenticator(rule, access, new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK()))));
        HttpSettings settings = new HttpSettings("127.0.0.1", 0, "/mcp", List.of("localhost:*", "127.0.0.1:*"),
                List.of("http://localhost:*"), Duration.ofMinutes(10), 10, null, 1 << 20, false, publicUrl);
        server = new HttpServer(settings, tools, new JacksonMcpJsonMapper(mapper),
                new ServerIdentity("arango-mcp-test", "1.0", "Test."), authenticator,
                new ProtectedResource(settings.publicUrl(), settings.path(), ISSUER, scopes),
                new HttpServerTest.FakeStatus(), Clock.systemUTC());
        server.start();
        return server.endpoint();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience("https://mcp.example.com/mcp").subject("agent-7")
                .expirationTime(Date.from(Instant.now().plusSeconds(300))).claim("tenant", "acme")
                .claim("scope", "openid mcp:tools");
    }

    private static String jwt(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private HttpMcpClient.Answer get(URI url, Map<String, String> headers) throws Exception {
        return new HttpMcpClient(http, url, null).send(HttpRequest.newBuilder(url).GET(), headers);
    }

    @Test
    void theMetadataNamesTheResourceItsIssuerAndScopesWithoutAuthentication() throws Exception {
        URI endpoint = start(URI.create("https://MCP.example.com/mcp/"), List.of("mcp:tools"));
        for (String path : List.of(ProtectedResource.WELL_KNOWN + "/mcp", ProtectedResource.WELL_KNOWN)) {
            HttpMcpClient.Answer metadata = get(endpoint.resolve(path), Map.of());
            assertThat(metadata.status()).as(path).isEqualTo(200);
            assertThat(metadata.header("Content-Type")).startsWith("application/json");
            JsonNode document = mapper.readTree(metadata.body());
            assertThat(document.get("resource").asText()).isEqualTo("https://mcp.example.com/mcp");
            assertThat(document.get("authorization_servers").toString()).isEqualTo("[\"" + ISSUER + "\"]");
            assertThat(document.get("bearer_methods_supported").toString()).isEqualTo("[\"header\"]");
            assertThat(document.get("scopes_supported").toString()).isEqualTo("[\"mcp:tools\"]");
        }
        HttpMcpClient.Answer post = new HttpMcpClient(http, endpoint, null).send(HttpRequest.newBuilder(
                endpoint.resolve("/.well-known/oauth-protected-resource")).POST(HttpRequest.BodyPublishers.noBody()),
                Map.of());
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Allow")).isEqualTo("GET");
        assertThat(get(endpoint.resolve("/.well-known/oauth-protected-resource/other"), Map.of()).status())
                .isEqualTo(404);
    }

    @Test
    void theMetadataPassesTheHostAndOriginChecksLikeEveryOtherPath() throws Exception {
        URI endpoint = start(URI.create("https://mcp.example.com/mcp"), List.of());
        String badHost = HttpMcpClient.rawExchange(endpoint, "GET " + ProtectedResource.WELL_KNOWN + "/mcp HTTP/1.1\r\n"
                + "Host: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(badHost).startsWith("HTTP/1.1 421").doesNotContain("authorization_servers");
        assertThat(get(endpoint.resolve("/.well-known/oauth-protected-resource"),
                Map.of("Origin", "http://evil.example")).status()).isEqualTo(403);
        HttpMcpClient.Answer metadata = get(endpoint.resolve("/.well-known/oauth-protected-resource"), Map.of());
        assertThat(mapper.readTree(metadata.body()).has("scopes_supported")).isFalse();
    }

    @Test
    void a401NamesTheMetadataAndTheScopesAndSaysWhenTheTokenIsInvalid() throws Exception {
        URI endpoint = start(URI.create("https://mcp.example.com/mcp"), List.of("mcp:tools"));
        String challenge = "Bearer realm=\"arango-mcp\", resource_metadata=\"" + PUBLIC_METADATA
                + "\", scope=\"mcp:tools\"";
        HttpMcpClient.Answer none = new HttpMcpClient(http, endpoint, null).post(TOOLS_LIST, Map.of());
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).isEqualTo(challenge);
        HttpMcpClient.Answer metrics = get(endpoint.resolve("/metrics"), Map.of());
        assertThat(metrics.status()).isEqualTo(401);
        assertThat(metrics.header("WWW-Authenticate")).isEqualTo(challenge);

        String otherAudience = jwt(claims().audience("https://other.example.com/mcp").build());
        String noAudience = jwt(claims().audience((String) null).build());
        String expired = jwt(claims().expirationTime(Date.from(Instant.now().minusSeconds(600))).build());
        for (String token : List.of(otherAudience, noAudience, expired, "wrong-static-token")) {
            HttpMcpClient.Answer refused = new HttpMcpClient(http, endpoint, token).post(TOOLS_LIST, Map.of());
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.header("WWW-Authenticate")).isEqualTo(challenge + ", error=\"invalid_token\"");
            assertThat(refused.body()).doesNotContain(token);
        }
    }

    @Test
    void withoutAPublicUrlTheChallengeLeadsToTheMetadataOfTheHostTheClientUsed() throws Exception {
        URI endpoint = start(null, List.of());
        HttpMcpClient.Answer none = new HttpMcpClient(http, endpoint, null).post(TOOLS_LIST, Map.of());
        String local = "http://127.0.0.1:" + endpoint.getPort();
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"arango-mcp\", resource_metadata=\""
                + local + "/.well-known/oauth-protected-resource/mcp\"");
        HttpMcpClient.Answer metadata = get(URI.create(local + "/.well-known/oauth-protected-resource/mcp"), Map.of());
        assertThat(mapper.readTree(metadata.body()).get("resource").asText()).isEqualTo(local + "/mcp");
        HttpMcpClient.Answer viaLocalhost = get(URI.create("http://localhost:" + endpoint.getPort()
                + "/.well-known/oauth-protected-resource/mcp"), Map.of());
        assertThat(mapper.readTree(viaLocalhost.body()).get("resource").asText())
                .isEqualTo("http://localhost:" + endpoint.getPort() + "/mcp");
    }

    @Test
    void aTokenWithoutTheRequiredScopeGets403WithTheScopeToAskFor() throws Exception {
        URI endpoint = start(URI.create("https://mcp.example.com/mcp"), List.of("mcp:tools"));
        HttpMcpClient.Answer narrow = new HttpMcpClient(http, endpoint, jwt(claims().claim("scope", "openid").build()))
                .post(TOOLS_LIST, Map.of());
        assertThat(narrow.status()).isEqualTo(403);
        assertThat(narrow.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"arango-mcp\", resource_metadata=\""
                + PUBLIC_METADATA + "\", scope=\"mcp:tools\", error=\"insufficient_scope\"");
        assertThat(mapper.readTree(narrow.body()).at("/error/message").asText())
                .isEqualTo("the JWT lacks the scope(s) mcp:tools; this server requires mcp:tools");

        HttpMcpClient.Answer ghost = new HttpMcpClient(http, endpoint, jwt(claims().claim("tenant", "ghost").build()))
                .post(TOOLS_LIST, Map.of());
        assertThat(ghost.status()).isEqualTo(403);
        assertThat(ghost.header("WWW-Authenticate")).as("no other token would help").isNull();
    }

    @Test
    void aTokenIssuedForThisServerOpensASessionOfItsTenant() throws Exception {
        URI endpoint = start(URI.create("https://mcp.example.com/mcp"), List.of("mcp:tools"));
        String token = jwt(claims().audience(List.of("https://other.example.com", "https://mcp.example.com/mcp"))
                .build());
        try (HttpMcpClient agent = new HttpMcpClient(http, endpoint, token)) {
            agent.initialize();
            agent.callTool("echo", Map.of("text", "hi"));
            assertThat(tools.callers).containsExactly(new Caller(agent.sessionId(), "http", "acme"));
        }
        try (HttpMcpClient ci = new HttpMcpClient(http, endpoint, "ci-token")) {
            assertThat(ci.initialize().has("result")).as("static tokens need no scope").isTrue();
        }
    }
}
