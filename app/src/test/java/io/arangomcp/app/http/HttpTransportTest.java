package io.arangomcp.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangomcp.domain.tenant.AccessConfig;
import io.arangomcp.domain.tenant.JwtRule;
import io.arangomcp.domain.tenant.Tenant;
import io.arangomcp.domain.tenant.TokenGrant;
import io.arangomcp.domain.tenant.TokenHash;
import io.arangomcp.ports.out.session.SessionRepository;
import io.arangomcp.testkit.mcp.HttpMcpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole server over HTTP in-process: sessions, tenants, expiry, health. */
@Timeout(120)
class HttpTransportTest {
    private static final AccessConfig TENANTS = new AccessConfig(Map.of(
            "acme", new Tenant("acme", Set.of("shop", "analytics"), Set.of(Tenant.ALL)),
            "hr", new Tenant("hr", Set.of("hr"), Set.of("multi-tenancy"))),
            List.of(new TokenGrant("acme-agent", TokenHash.sha256Hex("acme-secret"), "acme"),
                    new TokenGrant("hr-agent", TokenHash.sha256Hex("hr-secret"), "hr")), null);

    @TempDir
    Path cwd;
    private final HttpClient http = HttpMcpClient.newHttpClient();
    private HttpApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private HttpMcpClient client(String token) throws Exception {
        HttpMcpClient client = new HttpMcpClient(http, app.endpoint(), token);
        client.initialize();
        return client;
    }

    private static JsonNode ok(JsonNode result) {
        assertThat(result.get("isError").asBoolean()).as(result.toString()).isFalse();
        return result.get("structuredContent");
    }

    /** The error of a failed call: {@code isError: true} and the one error object as the only structured field. */
    private static JsonNode error(JsonNode result) {
        assertThat(result.get("isError").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.get("structuredContent").fieldNames()).toIterable().containsExactly("error");
        JsonNode error = result.at("/structuredContent/error");
        assertThat(error.fieldNames()).toIterable().as(result.toString()).contains("code", "message", "details")
                .isSubsetOf("code", "message", "details", "hint");
        assertThat(error.get("details").isObject()).isTrue();
        assertThat(result.at("/content/0/text").asText()).contains(error.get("message").asText());
        return error;
    }

    @Test
    void everyKindOfFailureIsAnErrorResultWithOnlyTheErrorObject() throws Exception {
        app = HttpApp.start(cwd, AccessConfig.NONE, Duration.ofMinutes(5), 10);
        try (HttpMcpClient client = client(null)) {
            assertThat(error(client.callTool("arango_insert", Map.of("collection", "c"))).get("code").asText())
                    .as("arguments").isEqualTo("INVALID_ARGUMENTS");
            assertThat(error(client.callTool("arango_list_collections", Map.of("database", "nowhere")))
                    .get("code").asText()).as("resolution").isEqualTo("DATABASE_NOT_CONFIGURED");
            assertThat(error(client.callTool("arango_remove", Map.of("database", "hr", "collection", "missing",
                    "key", "k"))).get("code").asText()).as("from the database").isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void twoClientsHaveIndependentFocusAndData() throws Exception {
        app = HttpApp.start(cwd, AccessConfig.NONE, Duration.ofMinutes(5), 10);
        try (HttpMcpClient one = client(null); HttpMcpClient two = client(null)) {
            assertThat(one.sessionId()).isNotEqualTo(two.sessionId());
            ok(one.callTool("arango_set_focused_database", Map.of("database", "analytics")));
            ok(two.callTool("arango_set_focused_database", Map.of("database", "hr")));
            ok(one.callTool("arango_create_collection", Map.of("name", "events")));
            ok(two.callTool("arango_create_collection", Map.of("name", "people")));

            JsonNode oneFocus = ok(one.callTool("arango_get_focused_database", Map.of()));
            assertThat(oneFocus.get("focused_database").asText()).isEqualTo("analytics");
            assertThat(oneFocus.get("session_id").asText()).isEqualTo(one.sessionId());
            assertThat(ok(two.callTool("arango_get_focused_database", Map.of())).get("focused_database").asText())
                    .isEqualTo("hr");
            assertThat(ok(one.callTool("arango_list_collections", Map.of())).toString()).contains("events")
                    .doesNotContain("people");
            assertThat(ok(two.callTool("arango_list_collections", Map.of())).toString()).contains("people")
                    .doesNotContain("events");
            JsonNode resolution = ok(two.callTool("arango_get_database_resolution", Map.of()));
            assertThat(resolution.get("resolved_database").asText()).isEqualTo("hr");
        }
        assertThat(app.app.get(SessionRepository.class).all()).isEmpty();
    }

    @Test
    void aTenantSeesOnlyItsDatabasesAndPacks() throws Exception {
        app = HttpApp.start(cwd, TENANTS, Duration.ofMinutes(5), 10);
        try (HttpMcpClient acme = client("acme-secret"); HttpMcpClient hr = client("hr-secret")) {
            JsonNode listed = ok(acme.callTool("arango_list_available_databases", Map.of()));
            assertThat(listed.get("databases").findValuesAsText("key")).containsExactly("shop", "analytics");
            JsonNode focus = error(acme.callTool("arango_set_focused_database", Map.of("database", "hr")));
            assertThat(focus.get("code").asText()).isEqualTo("DATABASE_NOT_CONFIGURED");
            assertThat(focus.get("hint").asText()).isEqualTo("Use one of: shop, analytics.");
            JsonNode override = error(acme.callTool("arango_list_collections", Map.of("database", "hr")));
            assertThat(override.get("details").get("available_databases").toString())
                    .isEqualTo("[\"shop\",\"analytics\"]");

            List<String> hrTools = hr.request("tools/list", Map.of()).at("/result/tools").findValuesAsText("name");
            assertThat(hrTools).contains("arango_set_focused_database").doesNotContain("arango_insert");
            JsonNode refused = error(hr.callTool("arango_list_collections", Map.of()));
            assertThat(refused.get("code").asText()).isEqualTo("ACCESS_DENIED");
            JsonNode hrList = ok(hr.callTool("arango_list_available_databases", Map.of()));
            assertThat(hrList.get("databases").findValuesAsText("key")).containsExactly("hr");
        }
    }

    @Test
    void statelessFocusBelongsToTheTokenNotToAConnection() throws Exception {
        app = HttpApp.start(cwd, TENANTS, Duration.ofMinutes(5), 10, true);
        HttpMcpClient first = new HttpMcpClient(http, app.endpoint(), "acme-secret");
        ok(first.callTool("arango_set_focused_database", Map.of("database", "analytics")));
        HttpMcpClient second = new HttpMcpClient(http, app.endpoint(), "acme-secret");
        assertThat(ok(second.callTool("arango_get_focused_database", Map.of())).get("focused_database").asText())
                .isEqualTo("analytics");
        HttpMcpClient hr = new HttpMcpClient(http, app.endpoint(), "hr-secret");
        JsonNode hrFocus = ok(hr.callTool("arango_get_focused_database", Map.of()));
        assertThat(hrFocus.get("is_set").asBoolean()).isFalse();
        assertThat(hrFocus.get("session_id").asText()).isEqualTo("principal:hr-agent");
    }

    @Test
    void unauthenticatedAndWrongTokenRequestsAreRefused() throws Exception {
        app = HttpApp.start(cwd, TENANTS, Duration.ofMinutes(5), 10);
        HttpMcpClient anonymous = new HttpMcpClient(http, app.endpoint(), null);
        assertThat(anonymous.post("{}", Map.of()).status()).isEqualTo(401);
        HttpMcpClient wrong = new HttpMcpClient(http, app.endpoint(), "acme-secret-");
        assertThat(wrong.post("{}", Map.of()).status()).isEqualTo(401);
        HttpMcpClient.Answer health = anonymous.send(HttpRequest.newBuilder(app.endpoint().resolve("/health")).GET(),
                Map.of());
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"ok\"").contains("shop: ok");
    }

    @Test
    void withJwtsTheServerPublishesItsResourceMetadataAndNamesItInEvery401() throws Exception {
        JwtRule jwt = new JwtRule("https://idp.example/jwks.json", "https://idp.example/", "arango-mcp", null,
                List.of("mcp:tools"));
        app = HttpApp.start(cwd, new AccessConfig(TENANTS.tenants(), TENANTS.tokens(), jwt), Duration.ofMinutes(5),
                10);
        String origin = "http://127.0.0.1:" + app.endpoint().getPort();
        HttpMcpClient anonymous = new HttpMcpClient(http, app.endpoint(), null);
        HttpMcpClient.Answer refused = anonymous.post("{}", Map.of());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"arango-mcp\", resource_metadata=\""
                + origin + "/.well-known/oauth-protected-resource/mcp\", scope=\"mcp:tools\"");
        HttpMcpClient.Answer metadata = anonymous.send(HttpRequest.newBuilder(
                app.endpoint().resolve("/.well-known/oauth-protected-resource/mcp")).GET(), Map.of());
        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.body()).isEqualTo("{\"resource\":\"" + origin + "/mcp\",\"authorization_servers\":"
                + "[\"https://idp.example/\"],\"bearer_methods_supported\":[\"header\"],"
                + "\"scopes_supported\":[\"mcp:tools\"]}");
        try (HttpMcpClient acme = client("acme-secret")) {
            ok(acme.callTool("arango_get_focused_database", Map.of()));
        }
    }

    @Test
    void idleSessionsExpireAndTheirStateIsRemoved() throws Exception {
        app = HttpApp.start(cwd, AccessConfig.NONE, Duration.ofMillis(1500), 10);
        HttpMcpClient client = client(null);
        // Focusing creates the session's state (the call succeeds only when it did).
        ok(client.callTool("arango_set_focused_database", Map.of("database", "hr")));
        SessionRepository sessions = app.app.get(SessionRepository.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (sessions.find(client.sessionId()).isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(sessions.find(client.sessionId())).isEmpty();
        assertThat(client.post("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/list\"}", Map.of()).status())
                .isEqualTo(404);
        assertThat(app.server.activeSessions()).isEmpty();
    }
}
