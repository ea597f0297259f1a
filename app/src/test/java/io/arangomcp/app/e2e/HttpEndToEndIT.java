package io.arangomcp.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangomcp.testkit.mcp.HttpMcpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the built jar with {@code serve --transport http --port 0} and talks to it over HTTP: a token from
 * {@code ARANGO_MCP_TOKEN}, refused credentials and hosts, and a clean stop on SIGTERM.
 */
class HttpEndToEndIT {
    private static final Pattern SERVING = Pattern.compile("serving MCP over streamable HTTP at (\\S+)");

    @TempDir
    Path cwd;
    private Process process;
    private final StringBuffer stderr = new StringBuffer();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    @AfterEach
    void kill() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private void start(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", StdioEndToEndIT.JAR.toString(), "serve", "--transport", "http"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("ARANGO_"));
        builder.environment().putAll(environment);
        process = builder.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    stderr.append(line).append('\n');
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                // the process ended
            }
        }, "it-stderr");
        reader.setDaemon(true);
        reader.start();
    }

    private URI endpoint() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    return URI.create(m.group(1));
                }
            }
        }
        throw new AssertionError("the server did not say where it listens; stderr:\n" + stderr);
    }

    @Test
    void theJarServesAuthenticatedSessionsOverHttpAndStopsOnSigterm() throws Exception {
        start(Map.of("ARANGO_MCP_TOKEN", "it-token"), "--backend", "memory", "--port", "0");
        URI endpoint = endpoint();
        assertThat(endpoint.toString()).startsWith("http://127.0.0.1:").endsWith("/mcp");
        HttpClient http = HttpMcpClient.newHttpClient();
        try (HttpMcpClient client = new HttpMcpClient(http, endpoint, "it-token")) {
            JsonNode init = client.initialize();
            assertThat(init.at("/result/serverInfo/name").asText()).isEqualTo("arango-mcp");
            assertThat(client.request("tools/list", Map.of()).at("/result/tools").findValuesAsText("name"))
                    .contains("arango_insert", "arango_set_focused_database");
            JsonNode created = client.callTool("arango_create_collection", Map.of("name", "notes"));
            assertThat(created.get("isError").asBoolean()).as(created.toString()).isFalse();
            JsonNode inserted = client.callTool("arango_insert", Map.of("collection", "notes",
                    "document", Map.of("_key", "n1")));
            assertThat(inserted.at("/structuredContent/_id").asText()).isEqualTo("notes/n1");
        }
        assertThat(new HttpMcpClient(http, endpoint, null).post("{}", Map.of()).status()).isEqualTo(401);
        assertThat(new HttpMcpClient(http, endpoint, "wrong").post("{}", Map.of()).status()).isEqualTo(401);
        String rebinding = HttpMcpClient.rawExchange(endpoint, "GET /health HTTP/1.1\r\nHost: attacker.example\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(rebinding).startsWith("HTTP/1.1 421");
        HttpMcpClient.Answer health = new HttpMcpClient(http, endpoint, null)
                .send(HttpRequest.newBuilder(endpoint.resolve("/health")).GET(), Map.of());
        assertThat(health.status()).isEqualTo(200);
        HttpMcpClient.Answer metrics = new HttpMcpClient(http, endpoint, "it-token")
                .send(HttpRequest.newBuilder(endpoint.resolve("/metrics")).GET(), Map.of());
        assertThat(metrics.body()).contains("arango_mcp_tool_calls_total{tool=\"arango_insert\"} 1");

        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exited after SIGTERM; stderr:\n" + stderr).isTrue();
        assertThat(stderr.toString()).doesNotContain("it-token");
    }

    @Test
    void aPublicBindWithoutAuthenticationIsRefused() throws Exception {
        start(Map.of(), "--backend", "memory", "--host", "0.0.0.0", "--port", "0");
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        Thread.sleep(200);
        assertThat(stderr.toString()).contains("refusing to serve HTTP on 0.0.0.0 without authentication")
                .contains("ARANGO_MCP_TOKEN");
    }
}
