package io.arangomcp.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangomcp.domain.tenant.AccessConfig;
import io.arangomcp.ports.out.session.SessionRepository;
import io.arangomcp.testkit.Concurrently;
import io.arangomcp.testkit.mcp.HttpMcpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many sessions at once over HTTP, each with its own focus and collection, issuing mixed tool calls: every call
 * must succeed and no session may see another's state. This checks correctness only; speed is measured by the
 * HTTP benchmark in the bench module.
 */
@Timeout(300)
class ConcurrentSessionsTest {
    private static final List<String> KEYS = List.of("shop", "analytics", "hr");

    @org.junit.jupiter.api.io.TempDir
    Path cwd;
    private HttpApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @ParameterizedTest(name = "{0} sessions")
    @ValueSource(ints = {10, 100})
    void concurrentSessionsKeepTheirOwnState(int sessions) throws Exception {
        app = HttpApp.start(cwd, AccessConfig.NONE, Duration.ofMinutes(5), sessions);
        HttpClient http = HttpMcpClient.newHttpClient();
        AtomicInteger next = new AtomicInteger();
        List<List<String>> problems = Concurrently.run(sessions, () -> session(http, next.getAndIncrement()));
        assertThat(problems.stream().flatMap(List::stream).toList()).isEmpty();
        assertThat(app.server.activeSessions()).isEmpty();
        assertThat(app.app.get(SessionRepository.class).all()).isEmpty();
    }

    /** One session's script; returns what went wrong (nothing, when isolation holds). */
    private List<String> session(HttpClient http, int n) throws Exception {
        List<String> problems = new ArrayList<>();
        String key = KEYS.get(n % KEYS.size());
        String collection = "c" + n;
        try (HttpMcpClient client = new HttpMcpClient(http, app.endpoint(), null)) {
            client.initialize();
            check(problems, n, client.callTool("arango_set_focused_database", Map.of("database", key)));
            check(problems, n, client.callTool("arango_create_collection", Map.of("name", collection)));
            for (int i = 0; i < 3; i++) {
                // Lands in the focused database only: another session's focus would have no such collection.
                check(problems, n, client.callTool("arango_insert", Map.of("collection", collection,
                        "document", Map.of("_key", "k" + i, "session", client.sessionId()))));
                JsonNode focus = check(problems, n, client.callTool("arango_get_focused_database", Map.of()));
                if (focus != null && (!key.equals(focus.path("focused_database").asText())
                        || !client.sessionId().equals(focus.path("session_id").asText()))) {
                    problems.add("session " + n + " saw another session's focus: " + focus);
                }
            }
            JsonNode resolution = check(problems, n, client.callTool("arango_get_database_resolution", Map.of()));
            if (resolution != null && !key.equals(resolution.path("resolved_database").asText())) {
                problems.add("session " + n + " resolved " + resolution.path("resolved_database"));
            }
            JsonNode listed = check(problems, n, client.callTool("arango_list_collections", Map.of()));
            if (listed != null && !listed.toString().contains("\"" + collection + "\"")) {
                problems.add("session " + n + " does not see its collection: " + listed);
            }
        }
        return problems;
    }

    private static JsonNode check(List<String> problems, int n, JsonNode result) {
        if (result.path("isError").asBoolean()) {
            problems.add("session " + n + ": " + result.at("/structuredContent/error"));
            return null;
        }
        return result.get("structuredContent");
    }
}
