package io.arangomcp.adapters.mcp.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arangomcp.adapters.mcp.FakeToolService;
import io.arangomcp.adapters.mcp.ServerIdentity;
import io.arangomcp.domain.tenant.TokenGrant;
import io.arangomcp.domain.tenant.TokenHash;
import io.arangomcp.ports.in.Caller;
import io.arangomcp.testkit.mcp.HttpMcpClient;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP transport in-process on a free loopback port, driven by the test kit's HTTP client. */
@Timeout(60)
class HttpServerTest {
    private static final String TOOLS_LIST = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/list\"}";
    private final ObjectMapper mapper = new ObjectMapper();
    private final FakeToolService tools = new FakeToolService();
    private final MutableClock clock = new MutableClock();
    private final HttpClient http = HttpMcpClient.newHttpClient();
    private final FakeStatus status = new FakeStatus();
    private HttpServer server;

    private URI start(Authenticator authenticator, int maxSessions) throws Exception {
        return start(authenticator, maxSessions, false);
    }

    private URI start(Authenticator authenticator, int maxSessions, boolean stateless) throws Exception {
        HttpSettings settings = new HttpSettings("127.0.0.1", 0, "/mcp", List.of("localhost:*", "127.0.0.1:*"),
                List.of("http://localhost:*"), Duration.ofMinutes(10), maxSessions, null, 1 << 20, stateless, null);
        server = new HttpServer(settings, tools, new JacksonMcpJsonMapper(mapper),
                new ServerIdentity("arango-mcp-test", "1.0", "Test."), authenticator, null, status, clock);
        server.start();
        return server.endpoint();
    }

    private static Authenticator tokens() {
        return new TokenAuthenticator(List.of(new TokenGrant("alpha", TokenHash.sha256Hex("alpha-token"), "alpha"),
                new TokenGrant("beta", TokenHash.sha256Hex("beta-token"), "beta")));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSessionListsAndCallsToolsAsATrustedLocalCaller() throws Exception {
        URI endpoint = start(null, 10);
        assertThat(endpoint.toString()).startsWith("http://127.0.0.1:").endsWith("/mcp");
        try (HttpMcpClient client = new HttpMcpClient(http, endpoint, null)) {
            JsonNode init = client.initialize();
            assertThat(init.at("/result/serverInfo/name").asText()).isEqualTo("arango-mcp-test");
            assertThat(init.at("/result/capabilities/tools/listChanged").asBoolean()).isTrue();
            assertThat(client.sessionId()).isNotBlank();
            assertThat(client.request("tools/list", Map.of()).at("/result/tools").findValuesAsText("name"))
                    .containsExactly("echo", "fail");
            JsonNode echo = client.callTool("echo", Map.of("text", "hi"));
            assertThat(echo.at("/structuredContent/echo").asText()).isEqualTo("hi");
            assertThat(tools.callers).containsExactly(new Caller(client.sessionId(), "http", null));
            assertThat(server.activeSessions()).containsExactly(client.sessionId());
        }
        assertThat(tools.ended).hasSize(1);
        assertThat(server.activeSessions()).isEmpty();
    }

    @Test
    void wrongHostsAndOriginsAreRefusedBeforeAnythingElse() throws Exception {
        URI endpoint = start(tokens(), 10);
        HttpMcpClient client = new HttpMcpClient(http, endpoint, null);
        // java.net.http refuses to set Host, so this one is written by hand.
        String badHost = HttpMcpClient.rawExchange(endpoint, "POST /mcp HTTP/1.1\r\nHost: evil.example\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + TOOLS_LIST.length() + "\r\n"
                + "Connection: close\r\n\r\n" + TOOLS_LIST);
        assertThat(badHost).startsWith("HTTP/1.1 421").contains("Invalid Host header").doesNotContain("stackTrace");
        HttpMcpClient.Answer badOrigin = client.post(TOOLS_LIST, Map.of("Origin", "http://evil.example"));
        assertThat(badOrigin.status()).isEqualTo(403);
        assertThat(error(badOrigin)).contains("Invalid Origin header");
        HttpMcpClient.Answer health = client.send(HttpRequest.newBuilder(endpoint.resolve("/health")).GET(),
                Map.of("Origin", "http://evil.example"));
        assertThat(health.status()).isEqualTo(403);
        HttpMcpClient.Answer goodOrigin = client.post(TOOLS_LIST, Map.of("Origin", "http://localhost:3000"));
        assertThat(goodOrigin.status()).isEqualTo(401);
    }

    @Test
    void requestsWithoutAValidTokenAreRefusedWithAChallenge() throws Exception {
        URI endpoint = start(tokens(), 10);
        HttpMcpClient.Answer none = new HttpMcpClient(http, endpoint, null).post(TOOLS_LIST, Map.of());
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"arango-mcp\"");
        HttpMcpClient.Answer wrong = new HttpMcpClient(http, endpoint, "nope").post(TOOLS_LIST, Map.of());
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("WWW-Authenticate")).contains("invalid_token");
        assertThat(wrong.body()).doesNotContain("nope");
        HttpMcpClient.Answer metrics = new HttpMcpClient(http, endpoint, null)
                .send(HttpRequest.newBuilder(endpoint.resolve("/metrics")).GET(), Map.of());
        assertThat(metrics.status()).isEqualTo(401);

        try (HttpMcpClient alpha = new HttpMcpClient(http, endpoint, "alpha-token")) {
            alpha.initialize();
            alpha.callTool("echo", Map.of("text", "a"));
            assertThat(tools.callers).containsExactly(new Caller(alpha.sessionId(), "http", "alpha"));
        }
    }

    @Test
    void aSessionBelongsToThePrincipalThatOpenedIt() throws Exception {
        URI endpoint = start(tokens(), 10);
        try (HttpMcpClient alpha = new HttpMcpClient(http, endpoint, "alpha-token")) {
            alpha.initialize();
            HttpMcpClient thief = new HttpMcpClient(http, endpoint, "beta-token");
            HttpMcpClient.Answer stolen = thief.post(TOOLS_LIST, Map.of("Mcp-Session-Id", alpha.sessionId()));
            assertThat(stolen.status()).isEqualTo(404);
            assertThat(error(stolen)).contains("session not found");
            assertThat(alpha.request("tools/list", Map.of()).has("result")).isTrue();
        }
    }

    @Test
    void sdkErrorsComeBackShortWithoutStackTraces() throws Exception {
        URI endpoint = start(null, 10);
        HttpMcpClient client = new HttpMcpClient(http, endpoint, null);
        HttpMcpClient.Answer noSession = client.post(TOOLS_LIST, Map.of());
        assertThat(noSession.status()).isEqualTo(400);
        assertThat(noSession.body()).doesNotContain("stackTrace").hasSizeLessThan(400);
        assertThat(mapper.readTree(noSession.body()).at("/error/code").asInt()).isEqualTo(-32600);
        HttpMcpClient.Answer unknown = client.post(TOOLS_LIST, Map.of("Mcp-Session-Id", "no-such-session"));
        assertThat(unknown.status()).isEqualTo(404);
        HttpMcpClient.Answer textBody = client.post("hello", Map.of("Content-Type", "text/plain"));
        assertThat(textBody.status()).isEqualTo(415);
        assertThat(textBody.body()).doesNotContain("stackTrace").doesNotContain("at io.");
        HttpMcpClient.Answer oldVersion = client.post(TOOLS_LIST, Map.of("MCP-Protocol-Version", "1999-01-01"));
        assertThat(oldVersion.status()).isEqualTo(400);
        assertThat(error(oldVersion)).startsWith("unsupported MCP-Protocol-Version '1999-01-01'");
        HttpMcpClient.Answer nowhere = client.send(HttpRequest.newBuilder(endpoint.resolve("/elsewhere")).GET(),
                Map.of());
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(error(nowhere)).isEqualTo("no endpoint at /elsewhere");
    }

    @Test
    void streamableRequestsFollowTheTransportRulesOfTheSpecification() throws Exception {
        URI endpoint = start(null, 10);
        HttpMcpClient client = new HttpMcpClient(http, endpoint, null);
        client.initialize();
        HttpMcpClient anonymous = new HttpMcpClient(http, endpoint, null);
        HttpRequest.Builder stream = HttpRequest.newBuilder(endpoint).GET().header("Accept", "text/event-stream");
        assertThat(anonymous.send(stream, Map.of()).status()).as("GET without a session").isEqualTo(400);
        assertThat(anonymous.send(HttpRequest.newBuilder(endpoint).DELETE(), Map.of()).status())
                .as("DELETE without a session").isEqualTo(400);
        assertThat(client.post(TOOLS_LIST, Map.of("Accept", "application/json")).status())
                .as("POST must accept both JSON and SSE").isEqualTo(400);
        assertThat(client.send(HttpRequest.newBuilder(endpoint).GET(), Map.of("Accept", "application/json")).status())
                .as("GET must accept SSE").isEqualTo(400);
        assertThat(client.post(TOOLS_LIST, Map.of("MCP-Protocol-Version", "2025-03-26")).status()).isEqualTo(200);
        HttpMcpClient.Answer oldDelete = client.send(HttpRequest.newBuilder(endpoint).DELETE(),
                Map.of("MCP-Protocol-Version", "2024-11-05"));
        assertThat(oldDelete.status()).as("a version this server does not speak, on any method").isEqualTo(400);
        assertThat(server.activeSessions()).containsExactly(client.sessionId());

        assertThat(client.delete()).isEqualTo(200);
        assertThat(client.delete()).as("a deleted session is not found").isEqualTo(404);
        assertThat(client.post(TOOLS_LIST, Map.of()).status()).isEqualTo(404);
        assertThat(client.send(stream, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void statelessServersOfferNoStreamAndNoSessionToDelete() throws Exception {
        URI endpoint = start(null, 10, true);
        HttpMcpClient client = new HttpMcpClient(http, endpoint, null);
        client.initialize();
        HttpRequest.Builder stream = HttpRequest.newBuilder(endpoint).GET().header("Accept", "text/event-stream");
        assertThat(client.send(stream, Map.of()).status()).isEqualTo(405);
        assertThat(client.delete()).isEqualTo(405);
        HttpMcpClient.Answer oldVersion = client.post(TOOLS_LIST, Map.of("MCP-Protocol-Version", "2024-11-05"));
        assertThat(oldVersion.status()).isEqualTo(400);
        assertThat(error(oldVersion)).startsWith("unsupported MCP-Protocol-Version '2024-11-05'");
        assertThat(client.request("tools/list", Map.of()).has("result")).isTrue();
    }

    @Test
    void withoutAnAuthorizationServerThereIsNoResourceMetadata() throws Exception {
        URI endpoint = start(tokens(), 10);
        HttpMcpClient anonymous = new HttpMcpClient(http, endpoint, null);
        for (String path : List.of(ProtectedResource.WELL_KNOWN, ProtectedResource.WELL_KNOWN + "/mcp")) {
            assertThat(anonymous.send(HttpRequest.newBuilder(endpoint.resolve(path)).GET(), Map.of()).status())
                    .as(path).isEqualTo(404);
        }
    }

    @Test
    void theSessionLimitRefusesNewSessionsUntilOneEnds() throws Exception {
        URI endpoint = start(null, 2);
        HttpMcpClient first = new HttpMcpClient(http, endpoint, null);
        first.initialize();
        new HttpMcpClient(http, endpoint, null).initialize();
        HttpMcpClient third = new HttpMcpClient(http, endpoint, null);
        assertThatThrownBy(third::initialize).hasMessageContaining("HTTP 503")
                .hasMessageContaining("session limit reached: 2 sessions are open");
        assertThat(first.delete()).isEqualTo(200);
        assertThat(tools.ended).containsExactly(first.sessionId());
        third.initialize();
        assertThat(server.activeSessions()).hasSize(2);
    }

    @Test
    void idleSessionsExpireAndTheirStateIsCleanedUp() throws Exception {
        URI endpoint = start(null, 10);
        HttpMcpClient idle = new HttpMcpClient(http, endpoint, null);
        idle.initialize();
        HttpMcpClient busy = new HttpMcpClient(http, endpoint, null);
        busy.initialize();
        clock.advance(Duration.ofMinutes(6));
        busy.request("tools/list", Map.of());
        clock.advance(Duration.ofMinutes(6));
        HttpMcpClient.Answer expired = idle.post(TOOLS_LIST, Map.of());
        assertThat(expired.status()).isEqualTo(404);
        assertThat(tools.ended).containsExactly(idle.sessionId());
        assertThat(busy.request("tools/list", Map.of()).has("result")).isTrue();
        clock.advance(Duration.ofMinutes(11));
        assertThat(server.activeSessions()).containsExactly(busy.sessionId());
        // The sweeper runs every 30 s at most; here it is called directly.
        assertThat(sweep()).isEqualTo(1);
        assertThat(tools.ended).containsExactly(idle.sessionId(), busy.sessionId());
    }

    @Test
    void healthAndMetricsReportDatabasesSessionsAndTools() throws Exception {
        URI endpoint = start(null, 10);
        HttpMcpClient client = new HttpMcpClient(http, endpoint, null);
        client.initialize();
        client.callTool("echo", Map.of("text", "x"));
        client.callTool("fail", Map.of());
        HttpMcpClient.Answer health = client.send(HttpRequest.newBuilder(endpoint.resolve("/health")).GET(), Map.of());
        assertThat(health.status()).isEqualTo(200);
        assertThat(mapper.readTree(health.body()).get("databases").get(0).asText()).isEqualTo("shop: ok");
        status.healthy = false;
        HttpMcpClient.Answer sick = client.send(HttpRequest.newBuilder(endpoint.resolve("/health")).GET(), Map.of());
        assertThat(sick.status()).isEqualTo(503);
        assertThat(mapper.readTree(sick.body()).get("status").asText()).isEqualTo("unavailable");
        String metrics = client.send(HttpRequest.newBuilder(endpoint.resolve("/metrics")).GET(), Map.of()).body();
        assertThat(metrics).contains("arango_mcp_tool_calls_total{tool=\"echo\"} 1",
                "arango_mcp_tool_errors_total{tool=\"fail\"} 1",
                "arango_mcp_tool_call_duration_seconds_count{tool=\"fail\"} 1",
                "arango_mcp_sessions_active 1", "arango_mcp_pool_in_use{server=\"memory://local\"} 1");
    }

    @Test
    void aChangedToolListIsAnnouncedToThatSessionOnly() throws Exception {
        URI endpoint = start(null, 10);
        HttpMcpClient changed = new HttpMcpClient(http, endpoint, null);
        changed.initialize();
        HttpMcpClient other = new HttpMcpClient(http, endpoint, null);
        other.initialize();
        var changedStream = listen(endpoint, changed.sessionId());
        var otherStream = listen(endpoint, other.sessionId());
        // The GET stream answers with its first event only, so announce until the listening stream is there.
        for (int i = 0; i < 100 && !changedStream.isDone(); i++) {
            tools.listeners.forEach(l -> l.toolsChanged(changed.sessionId()));
            Thread.sleep(100);
        }
        java.util.Optional<String> event = changedStream.get(10, java.util.concurrent.TimeUnit.SECONDS).body()
                .filter(line -> line.startsWith("data:")).findFirst();
        assertThat(event).hasValueSatisfying(line -> assertThat(line).contains("notifications/tools/list_changed"));
        assertThat(otherStream.isDone()).isFalse();
        otherStream.cancel(true);
    }

    private java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<java.util.stream.Stream<String>>> listen(
            URI endpoint, String sessionId) {
        return http.sendAsync(HttpRequest.newBuilder(endpoint).GET().header("Accept", "text/event-stream")
                .header("Mcp-Session-Id", sessionId).build(), java.net.http.HttpResponse.BodyHandlers.ofLines());
    }

    @Test
    void statelessRequestsBelongToTheSessionOfTheirPrincipal() throws Exception {
        URI endpoint = start(tokens(), 1, true);
        HttpMcpClient alpha = new HttpMcpClient(http, endpoint, "alpha-token");
        JsonNode init = alpha.initialize();
        assertThat(alpha.sessionId()).isNull();
        assertThat(init.at("/result/capabilities/tools/listChanged").asBoolean()).isFalse();
        assertThat(alpha.callTool("echo", Map.of("text", "1")).at("/structuredContent/echo").asText()).isEqualTo("1");
        new HttpMcpClient(http, endpoint, "alpha-token").callTool("echo", Map.of("text", "2"));
        assertThat(tools.callers).containsOnly(new Caller("principal:alpha", "http", "alpha"));
        assertThat(new HttpMcpClient(http, endpoint, "beta-token").post(TOOLS_LIST, Map.of()).status())
                .isEqualTo(503);
        clock.advance(Duration.ofMinutes(11));
        assertThat(sweep()).isEqualTo(1);
        assertThat(tools.ended).containsExactly("principal:alpha");
        HttpMcpClient beta = new HttpMcpClient(http, endpoint, "beta-token");
        assertThat(beta.request("tools/list", Map.of()).at("/result/tools").size()).isEqualTo(2);
        assertThat(server.activeSessions()).containsExactly("principal:beta");
    }

    private int sweep() {
        return server.expireIdleSessions();
    }

    private String error(HttpMcpClient.Answer answer) throws Exception {
        return mapper.readTree(answer.body()).at("/error/message").asText();
    }

    /** Test double: one database whose health the test decides. */
    static final class FakeStatus implements ServerStatus {
        volatile boolean healthy = true;

        @Override
        public Health health() {
            return new Health(healthy, List.of(healthy ? "shop: ok" : "shop: DATABASE_UNAVAILABLE"));
        }

        @Override
        public List<Pool> pools() {
            return List.of(new Pool("memory://local", 1, 8));
        }
    }
}
