package io.arangomcp.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangomcp.testkit.mcp.StdioMcpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The arangodb backend end to end: the built jar serves three database keys on two emulators (each its own
 * {@code arango-mcp emulator} process), and the v0.4 single-database variables still work.
 */
class MultiServerEndToEndIT {
    private static final Path JAR = StdioEndToEndIT.JAR;
    private static final Map<String, String> EMULATOR_ENV = Map.of("EMU_PW", "s3cret");

    private static EmulatorProcess crmServer;
    private static EmulatorProcess archiveServer;

    @TempDir
    Path cwd;

    @BeforeAll
    static void startEmulators() throws Exception {
        crmServer = EmulatorProcess.start(JAR, EMULATOR_ENV, "--database", "crm", "--database", "staging",
                "--root-password-env", "EMU_PW");
        archiveServer = EmulatorProcess.start(JAR, EMULATOR_ENV, "--database", "archive",
                "--root-password-env", "EMU_PW");
    }

    @AfterAll
    static void stopEmulators() throws Exception {
        crmServer.close();
        archiveServer.close();
    }

    private void threeDatabasesOnTwoServers() throws Exception {
        Path config = cwd.resolve("config/databases.yaml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "default_database: staging\ndatabases:\n"
                + profile("crm", crmServer.url(), "crm", "http2")
                + profile("staging", crmServer.url(), "staging", "http1")
                + profile("archive", archiveServer.url(), "archive", "http2"));
    }

    private static String profile(String key, String url, String database, String protocol) {
        return "  " + key + ":\n    url: " + url + "\n    database: " + database + "\n    username: root\n"
                + "    password_env: EMU_PW\n    protocol: " + protocol + "\n";
    }

    private StdioMcpClient serve() throws Exception {
        StdioMcpClient client = StdioMcpClient.start(JAR, cwd, EMULATOR_ENV, "serve");
        client.initialize();
        return client;
    }

    private static JsonNode ok(JsonNode result) {
        assertThat(result.get("isError").asBoolean()).as(result.toString()).isFalse();
        return result.get("structuredContent");
    }

    @Test
    void writesGoToTheServerAndDatabaseOfTheOverrideWhileTheFocusStays() throws Exception {
        threeDatabasesOnTwoServers();
        try (StdioMcpClient client = serve()) {
            ok(client.callTool("arango_set_focused_database", Map.of("database", "staging")));
            ok(client.callTool("arango_create_collection", Map.of("name", "customers", "database", "crm")));
            ok(client.callTool("arango_create_collection", Map.of("name", "customers", "database", "archive")));
            for (String key : List.of("ada", "bob", "cy")) {
                ok(client.callTool("arango_insert", Map.of("collection", "customers", "database", "crm",
                        "document", Map.of("_key", key, "name", key.toUpperCase()))));
            }
            ok(client.callTool("arango_insert", Map.of("collection", "customers", "database", "archive",
                    "document", Map.of("_key", "ada", "name", "ADA"))));

            JsonNode status = ok(client.callTool("arango_database_status", Map.of()));
            assertThat(status.toString()).contains("3.12").contains("crm").contains("archive");
            JsonNode focus = ok(client.callTool("arango_get_focused_database", Map.of()));
            assertThat(focus.get("focused_database").asText()).isEqualTo("staging");

            JsonNode stagingCollections = ok(client.callTool("arango_list_collections", Map.of()));
            assertThat(stagingCollections.toString()).doesNotContain("customers");
            assertThat(count(crmServer, "crm", "customers")).isEqualTo(3);
            assertThat(count(archiveServer, "archive", "customers")).isEqualTo(1);
            assertThat(client.closeAndWait(Duration.ofSeconds(20))).isZero();
        }
    }

    @Test
    void migratesRowsReadByQueryFromOneDatabaseIntoAnotherOnTheOtherServer() throws Exception {
        threeDatabasesOnTwoServers();
        try (StdioMcpClient client = serve()) {
            ok(client.callTool("arango_set_focused_database", Map.of("database", "staging")));
            ok(client.callTool("arango_create_collection", Map.of("name", "orders", "database", "crm")));
            ok(client.callTool("arango_create_collection", Map.of("name", "orders", "database", "archive")));
            for (int i = 1; i <= 3; i++) {
                ok(client.callTool("arango_insert", Map.of("collection", "orders", "database", "crm",
                        "document", Map.of("_key", "o" + i, "total", i * 10))));
            }
            JsonNode rows = ok(client.callTool("arango_query", Map.of("database", "crm",
                    "query", "FOR o IN orders FILTER o.total >= @min SORT o._key RETURN UNSET(o, '_id', '_rev')",
                    "bindVars", Map.of("min", 20)))).get("rows");
            assertThat(rows).hasSize(2);
            for (JsonNode row : rows) {
                ok(client.callTool("arango_insert", Map.of("collection", "orders", "database", "archive",
                        "document", Map.of("_key", row.get("_key").asText(), "total", row.get("total").asInt()))));
            }
            JsonNode moved = ok(client.callTool("arango_query", Map.of("database", "archive",
                    "query", "FOR o IN orders SORT o._key RETURN o._key")));
            assertThat(moved.get("rows").toString()).isEqualTo("[\"o2\",\"o3\"]");
            JsonNode focus = ok(client.callTool("arango_get_focused_database", Map.of()));
            assertThat(focus.get("focused_database").asText()).isEqualTo("staging");
            assertThat(client.closeAndWait(Duration.ofSeconds(20))).isZero();
        }
    }

    @Test
    void theV04VariablesServeOneDatabase() throws Exception {
        Map<String, String> env = Map.of("ARANGO_URL", archiveServer.url(), "ARANGO_DB", "archive",
                "ARANGO_USERNAME", "root", "ARANGO_PASSWORD", "s3cret", "ARANGO_TIMEOUT_SEC", "10");
        try (StdioMcpClient client = StdioMcpClient.start(JAR, cwd, env, "serve")) {
            client.initialize();
            JsonNode resolution = ok(client.callTool("arango_get_database_resolution", Map.of()));
            assertThat(resolution.get("resolved_database").asText()).isEqualTo("default");
            ok(client.callTool("arango_create_collection", Map.of("name", "v04")));
            assertThat(count(archiveServer, "archive", "v04")).isZero();
            JsonNode status = ok(client.callTool("arango_database_status", Map.of()));
            assertThat(status.toString()).contains("connected");
            assertThat(client.closeAndWait(Duration.ofSeconds(20))).isZero();
            assertThat(client.stderr()).contains("arangodb backend").doesNotContain("s3cret");
        }
    }

    private static long count(EmulatorProcess server, String database, String collection) throws Exception {
        String basic = Base64.getEncoder().encodeToString("root:s3cret".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "/_db/" + database
                        + "/_api/collection/" + collection + "/count")).header("Authorization", "Basic " + basic)
                .timeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String body = response.body();
        int at = body.indexOf("\"count\":");
        return Long.parseLong(body.substring(at + 8).replaceAll("[^0-9].*$", ""));
    }
}
