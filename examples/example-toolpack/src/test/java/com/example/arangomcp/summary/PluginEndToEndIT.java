package com.example.arangomcp.summary;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangomcp.testkit.mcp.StdioMcpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Copies this pack's jar into a plug-ins directory, starts the real server and uses the tool over stdio.
 */
class PluginEndToEndIT {
    private static final Path SERVER = Path.of(System.getProperty("arango-mcp.jar")).toAbsolutePath();
    private static final Path PLUGIN = Path.of(System.getProperty("plugin.jar")).toAbsolutePath();

    @TempDir
    Path cwd;

    @Test
    void theDroppedInPackIsListedAndCallable() throws Exception {
        Path plugins = Files.createDirectories(cwd.resolve("plugins"));
        Files.copy(PLUGIN, plugins.resolve(PLUGIN.getFileName()));
        // In the narrow baseline workflow too: no workflow names the plug-in's tool, so every session sees it.
        try (StdioMcpClient client = StdioMcpClient.start(SERVER, cwd, Map.of(), "serve", "--backend", "memory",
                "--sample-data", "--workflow", "baseline")) {
            client.initialize();
            JsonNode tools = client.request("tools/list", Map.of()).at("/result/tools");
            assertThat(tools.findValuesAsText("name")).contains("example_collection_summary", "arango_query")
                    .doesNotContain("arango_traverse");
            JsonNode summary = client.callTool("example_collection_summary", Map.of("collection", "persons"));
            assertThat(summary.get("isError").asBoolean()).isFalse();
            assertThat(summary.at("/structuredContent/type").asText()).isEqualTo("document");
            assertThat(summary.at("/structuredContent/count").asLong()).isPositive();
            assertThat(summary.at("/structuredContent/indexes/0").asText()).isEqualTo("primary");
            assertThat(summary.at("/content/0/text").asText()).startsWith("persons (document): ");
            JsonNode missing = client.callTool("example_collection_summary", Map.of("collection", "nope"));
            assertThat(missing.at("/structuredContent/error/code").asText()).isEqualTo("NOT_FOUND");
            assertThat(client.closeAndWait(Duration.ofSeconds(20))).isZero();
            assertThat(client.stderr()).contains("tool pack 'example-summary' (" + plugins.resolve(PLUGIN.getFileName()));
        }
    }

    @Test
    void aBrokenJarBesideItStopsStartupNamingIt() throws Exception {
        Path plugins = Files.createDirectories(cwd.resolve("plugins"));
        Files.copy(PLUGIN, plugins.resolve(PLUGIN.getFileName()));
        Files.writeString(plugins.resolve("zz-broken.jar"), "this is not a jar");
        try (StdioMcpClient client = StdioMcpClient.start(SERVER, cwd, Map.of(), "tools", "list",
                "--backend", "memory")) {
            assertThat(client.closeAndWait(Duration.ofSeconds(20))).isEqualTo(1);
            assertThat(client.stderr()).contains("zz-broken.jar").contains("not a readable jar");
        }
    }
}
