package io.arangomcp.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangomcp.testkit.mcp.StdioMcpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the built jar as a child process and drives it over stdio like an MCP client: two databases, a
 * focused one and a per-call override, then a clean exit at end of input.
 */
class StdioEndToEndIT {
    static final Path JAR = Path.of(System.getProperty("arango-mcp.jar", "target/arango-mcp.jar")).toAbsolutePath();

    @TempDir
    Path cwd;

    private Path twoDatabases() throws Exception {
        Path config = cwd.resolve("config/databases.yaml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, """
                default_database: alpha
                databases:
                  alpha:
                    url: memory://one
                    database: alpha_db
                    username: root
                  beta:
                    url: memory://two
                    database: beta_db
                    username: root
                """);
        return config;
    }

    @Test
    void focusOverrideAndResolutionOverStdioThenExitAtEndOfInput() throws Exception {
        twoDatabases();
        try (StdioMcpClient client = StdioMcpClient.start(JAR, cwd, Map.of(), "serve", "--backend", "memory")) {
            JsonNode init = client.initialize();
            assertThat(init.at("/result/serverInfo/name").asText()).isEqualTo("arango-mcp");
            assertThat(init.at("/result/capabilities/tools/listChanged").asBoolean()).isTrue();

            JsonNode tools = client.request("tools/list", Map.of()).at("/result/tools");
            List<String> names = tools.findValuesAsText("name");
            assertThat(names).contains("arango_query", "arango_insert", "arango_set_focused_database",
                    "arango_get_database_resolution", "arango_database_status");
            for (JsonNode tool : tools) {
                assertThat(tool.has("outputSchema")).as(tool.get("name").asText()).isTrue();
                assertThat(tool.at("/annotations/readOnlyHint").isBoolean()).isTrue();
            }

            JsonNode focus = client.callTool("arango_set_focused_database", Map.of("database", "beta"));
            assertThat(focus.at("/structuredContent/focused_database").asText()).isEqualTo("beta");

            client.callTool("arango_create_collection", Map.of("name", "notes"));
            client.callTool("arango_create_collection", Map.of("name", "notes", "database", "alpha"));
            JsonNode inBeta = client.callTool("arango_insert",
                    Map.of("collection", "notes", "document", Map.of("_key", "b1", "text", "focused")));
            assertThat(inBeta.at("/structuredContent/_id").asText()).isEqualTo("notes/b1");
            JsonNode inAlpha = client.callTool("arango_insert", Map.of("collection", "notes",
                    "document", Map.of("_key", "a1", "text", "override"), "database", "alpha"));
            assertThat(inAlpha.get("isError").asBoolean()).isFalse();

            // The two inserts landed in different databases: each key exists in one only.
            JsonNode again = client.callTool("arango_insert", Map.of("collection", "notes",
                    "document", Map.of("_key", "a1"), "database", "beta"));
            assertThat(again.get("isError").asBoolean()).isFalse();
            JsonNode duplicate = client.callTool("arango_insert", Map.of("collection", "notes",
                    "document", Map.of("_key", "a1"), "database", "alpha"));
            assertThat(duplicate.get("isError").asBoolean()).isTrue();
            assertThat(duplicate.at("/structuredContent/error/code").asText()).isEqualTo("CONFLICT");
            assertThat(duplicate.at("/structuredContent/error/details/errorNum").asInt()).isEqualTo(1210);

            JsonNode resolution = client.callTool("arango_get_database_resolution", Map.of());
            assertThat(resolution.at("/structuredContent/resolved_database").asText()).isEqualTo("beta");
            assertThat(resolution.at("/structuredContent/resolved_level").asText()).isEqualTo("2_focused_database");
            assertThat(resolution.at("/structuredContent/configuration/default_database").asText()).isEqualTo("alpha");

            JsonNode unknown = client.callTool("arango_insert", Map.of("collection", "notes",
                    "document", Map.of(), "database", "gamma"));
            assertThat(unknown.at("/structuredContent/error/code").asText()).isEqualTo("DATABASE_NOT_CONFIGURED");

            assertThat(client.closeAndWait(Duration.ofSeconds(20))).isZero();
            assertThat(client.nonJsonLines()).isEmpty();
            assertThat(client.stderr()).contains("Serving 2 database(s)");
        }
    }

    @Test
    void aWorkflowSwitchChangesTheToolListAndTellsTheClient() throws Exception {
        try (StdioMcpClient client = StdioMcpClient.start(JAR, cwd, Map.of(), "serve", "--backend", "memory",
                "--sample-data", "--workflow", "baseline")) {
            client.initialize();
            List<String> baseline = client.request("tools/list", Map.of()).at("/result/tools")
                    .findValuesAsText("name");
            assertThat(baseline).contains("arango_insert", "arango_switch_workflow", "arango_database_status")
                    .doesNotContain("arango_traverse", "arango_bulk_insert");

            JsonNode hidden = client.callTool("arango_traverse", Map.of("start_vertex", "persons/amara",
                    "graph", "social"));
            assertThat(hidden.get("isError").asBoolean()).isTrue();
            assertThat(hidden.at("/structuredContent/error/code").asText()).isEqualTo("TOOL_NOT_AVAILABLE");
            assertThat(hidden.at("/structuredContent/error/message").asText()).contains("graph_modeling");

            JsonNode switched = client.callTool("arango_switch_workflow", Map.of("context", "full"));
            assertThat(switched.at("/structuredContent/tools_added").size()).isPositive();
            List<String> full = client.request("tools/list", Map.of()).at("/result/tools").findValuesAsText("name");
            assertThat(full).hasSizeGreaterThan(baseline.size()).contains("arango_traverse", "arango_graph_traversal",
                    "arango_restore_graph", "arango_add_vertex", "arango_query_profile", "arango_unload_tools");
            assertThat(client.notifications()).anySatisfy(n -> assertThat(n.get("method").asText())
                    .isEqualTo("notifications/tools/list_changed"));
            assertThat(client.closeAndWait(Duration.ofSeconds(20))).isZero();
        }
    }

    @Test
    void requestsSentJustBeforeEndOfInputAreAllAnswered() throws Exception {
        try (StdioMcpClient client = StdioMcpClient.start(JAR, cwd, Map.of(), "serve", "--backend", "memory")) {
            client.initialize();
            client.writeLine("not json at all");
            int[] ids = new int[50];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = client.send("tools/call", Map.of("name", "arango_get_focused_database", "arguments", Map.of()));
            }
            assertThat(client.closeAndWait(Duration.ofSeconds(30))).isZero();
            for (int id : ids) {
                assertThat(client.await(id, Duration.ofSeconds(1)).at("/result/isError").asBoolean()).isFalse();
            }
            assertThat(client.nonJsonLines()).isEmpty();
            assertThat(client.stderr()).contains("not valid JSON-RPC");
        }
    }

    @Test
    void aBrokenConfigurationStopsStartupWithItsPlace() throws Exception {
        Path config = twoDatabases();
        Files.writeString(config, Files.readString(config).replace("username: root", "username: root\n    timeout: -1"));
        try (StdioMcpClient client = StdioMcpClient.start(JAR, cwd, Map.of(), "serve", "--backend", "memory")) {
            assertThat(client.closeAndWait(Duration.ofSeconds(20))).isEqualTo(1);
            assertThat(client.stderr()).contains("databases.yaml").contains("databases.alpha.timeout");
        }
    }

    @Test
    void theArangodbBackendStartsAndNamesTheUrlAndUserOfAnUnreachableServer() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path config = cwd.resolve("config/databases.yaml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "databases:\n  prod:\n    url: http://127.0.0.1:" + closedPort
                + "\n    database: app\n    username: reporter\n    timeout: 5\n");
        try (StdioMcpClient client = StdioMcpClient.start(JAR, cwd, Map.of(), "serve")) {
            client.initialize();
            JsonNode failed = client.callTool("arango_list_collections", Map.of());
            assertThat(failed.get("isError").asBoolean()).isTrue();
            assertThat(failed.at("/structuredContent/error/code").asText()).isEqualTo("DATABASE_UNAVAILABLE");
            assertThat(failed.at("/structuredContent/error/message").asText())
                    .contains("http://127.0.0.1:" + closedPort).contains("'reporter'");
            assertThat(failed.at("/structuredContent/error/hint").asText()).contains("server is running");
            assertThat(client.closeAndWait(Duration.ofSeconds(20))).isZero();
            assertThat(client.stderr()).contains("arangodb backend");
        }
    }
}
