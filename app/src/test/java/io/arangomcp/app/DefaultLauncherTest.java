package io.arangomcp.app;

import io.arangomcp.adapters.emulator.ArangoEmulator;
import io.arangomcp.adapters.emulator.EmulatorOptions;
import io.arangomcp.app.cli.ExitCodes;
import io.arangomcp.app.support.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The production launcher, in-process: both backends, YAML registry, sample data, built-in packs. */
class DefaultLauncherTest {
    @TempDir
    Path cwd;

    private CliRun run(Map<String, String> env, String... args) {
        return CliRun.run(new DefaultLauncher(), cwd, env, "", args);
    }

    @Test
    void toolsRunOnTheMemoryBackendWithSampleData() {
        CliRun r = run(Map.of(), "tools", "call", "arango_list_collections", "{}", "--sample-data");
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.out).contains("\"persons\"").contains("\"roads\"");
        CliRun list = run(Map.of(), "tools", "list");
        assertThat(list.out).contains("arango_query").contains("arango_set_focused_database");
    }

    @Test
    void sessionsStartInTheChosenWorkflowAndBackupsGoToTheChosenDirectory() {
        CliRun active = run(Map.of(), "tools", "call", "arango_get_active_workflow", "{}", "--workflow", "baseline");
        assertThat(active.code).as(active.toString()).isZero();
        assertThat(active.out).contains("\"active_context\" : \"baseline\"");
        CliRun hidden = run(Map.of(), "tools", "call", "arango_list_graphs", "{}", "--workflow", "baseline");
        assertThat(hidden.out + hidden.err).contains("TOOL_NOT_AVAILABLE");
        CliRun full = run(Map.of(), "tools", "call", "arango_get_active_workflow", "{}");
        assertThat(full.out).contains("\"active_context\" : \"full\"");

        CliRun backup = run(Map.of(), "tools", "call", "arango_backup", "{\"outputDir\": \"run1\"}", "--sample-data",
                "--backup-dir", "store");
        assertThat(backup.code).as(backup.toString()).isZero();
        assertThat(cwd.resolve("store/run1/persons.json")).exists();
        CliRun escape = run(Map.of(), "tools", "call", "arango_backup", "{\"outputDir\": \"../out\"}",
                "--backup-dir", "store");
        assertThat(escape.out + escape.err).contains("ACCESS_DENIED");
    }

    @Test
    void aConfigurationSelectsTheArangodbBackendWhichReportsAnUnreachableServerByUrlAndUser() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort;
        Files.createDirectories(cwd.resolve("config"));
        Files.writeString(cwd.resolve("config/databases.yaml"), "databases:\n  prod:\n    url: " + url
                + "\n    database: app\n    username: app\n    timeout: 5\n");
        CliRun list = run(Map.of(), "tools", "list");
        assertThat(list.code).as(list.toString()).isZero();
        CliRun call = run(Map.of(), "tools", "call", "arango_list_collections", "{}");
        assertThat(call.code).isEqualTo(ExitCodes.ERROR);
        assertThat(call.err).contains("DATABASE_UNAVAILABLE").contains(url).contains("'app'")
                .contains("connection was refused");
        CliRun test = run(Map.of(), "db", "test", "prod");
        assertThat(test.code).isEqualTo(ExitCodes.ERROR);
        assertThat(test.err).contains("DATABASE_UNAVAILABLE").contains(url).contains("Check that the server is running");
        CliRun env = run(Map.of("ARANGO_URL", "http://db:8529"), "tools", "list", "--config", "none.yaml");
        assertThat(env.code).as(env.toString()).isZero();
        CliRun memory = run(Map.of(), "tools", "call", "arango_list_available_databases", "{}", "--backend", "memory");
        assertThat(memory.code).as(memory.toString()).isZero();
        assertThat(memory.out).contains("\"key\" : \"prod\"");
    }

    @Test
    void theArangodbBackendServesAnEmulatedServer() throws Exception {
        try (ArangoEmulator emulator = ArangoEmulator.start(EmulatorOptions.defaults())) {
            emulator.server().createDatabase("app");
            Files.createDirectories(cwd.resolve("config"));
            Files.writeString(cwd.resolve("config/databases.yaml"), "databases:\n  app:\n    url: " + emulator.url()
                    + "\n    database: app\n    username: root\n    protocol: http1\n");
            CliRun create = run(Map.of(), "tools", "call", "arango_create_collection", "{\"name\": \"notes\"}");
            assertThat(create.code).as(create.toString()).isZero();
            CliRun listed = run(Map.of(), "tools", "call", "arango_list_collections", "{}");
            assertThat(listed.out).contains("\"notes\"");
            CliRun test = run(Map.of(), "db", "test", "app");
            assertThat(test.code).as(test.toString()).isZero();
            assertThat(test.out).contains("Server version: 3.12");
            CliRun missing = run(Map.of("ARANGO_URL", emulator.url(), "ARANGO_DB", "nope"), "db", "test", "default",
                    "--config", "none.yaml");
            assertThat(missing.err).contains("database not found");
        }
    }
}
