package io.arangomcp.app;

import io.arangomcp.app.cli.ExitCodes;
import io.arangomcp.app.support.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The production launcher, in-process: memory backend, YAML registry, sample data, built-in packs. */
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
    void aConfigurationSelectsTheArangodbBackendWhichSaysItIsNotAvailable() throws Exception {
        Files.createDirectories(cwd.resolve("config"));
        Files.writeString(cwd.resolve("config/databases.yaml"),
                "databases:\n  prod:\n    url: http://localhost:8529\n    database: app\n    username: app\n");
        CliRun r = run(Map.of(), "tools", "list");
        assertThat(r.code).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err).contains("the arangodb backend is not available in this build yet")
                .contains("yaml_file").contains("Hint: Run with --backend memory");
        CliRun env = run(Map.of("ARANGO_URL", "http://db:8529"), "tools", "list", "--config", "none.yaml");
        assertThat(env.err).contains("environment_variables");
        CliRun memory = run(Map.of(), "tools", "call", "arango_list_available_databases", "{}", "--backend", "memory");
        assertThat(memory.code).as(memory.toString()).isZero();
        assertThat(memory.out).contains("\"key\" : \"prod\"");
    }
}
