package io.arangomcp.app.cli;

import io.arangomcp.app.support.CliRun;
import io.arangomcp.app.support.TestLauncher;
import io.arangomcp.ports.out.gateway.ServerVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ToolsAndServeCommandsTest {
    @TempDir
    Path cwd;

    private final TestLauncher launcher = new TestLauncher();

    private CliRun run(String stdin, String... args) {
        return CliRun.run(launcher, cwd, Map.of(), stdin, args);
    }

    @Test
    void versionPrintsTheVersion() {
        CliRun r = run("", "version");
        assertThat(r.code).isZero();
        assertThat(r.out).startsWith("arango-mcp ").contains("Java");
        assertThat(run("", "--version").out).startsWith("arango-mcp ");
    }

    @Test
    void toolsListShowsTheRegisteredTools() {
        CliRun r = run("", "tools", "list");
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.out).contains("tools");
        CliRun json = run("", "tools", "list", "--json");
        assertThat(json.code).isZero();
        assertThat(json.out.trim()).startsWith("[");
    }

    @Test
    void toolsCallReportsUnknownToolsAndBadJson() {
        CliRun unknown = run("", "tools", "call", "no_such_tool");
        assertThat(unknown.code).isEqualTo(ExitCodes.ERROR);
        assertThat(unknown.err).contains("\"code\" : \"UNKNOWN_TOOL\"");
        CliRun badJson = run("", "tools", "call", "x", "{not json");
        assertThat(badJson.code).isEqualTo(ExitCodes.ERROR);
        assertThat(badJson.err).contains("the arguments are not a JSON object");
        CliRun array = run("", "tools", "call", "x", "[1]");
        assertThat(array.err).contains("expected a JSON object");
        CliRun fromStdin = run("{\"a\": 1}", "tools", "call", "no_such_tool", "-");
        assertThat(fromStdin.err).contains("UNKNOWN_TOOL");
    }

    @Test
    void serveRefusesUnknownTransports() {
        CliRun r = run("", "serve", "--transport", "carrier-pigeon");
        assertThat(r.code).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err).contains("unknown transport 'carrier-pigeon'");
    }

    @Test
    void serveAnswersOverStdioAndStopsAtEndOfInput() {
        String init = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}\n";
        CliRun r = run(init, "serve", "--backend", "memory");
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.err).contains("arango-mcp: No configuration found");
        assertThat(r.stdout).contains("\"serverInfo\"").contains("arango-mcp");
    }

    @Test
    void badServerOptionsAreReported() {
        CliRun r = run("", "tools", "list", "--query-timeout", "0");
        assertThat(r.code).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err).contains("--query-timeout must be more than 0");
        CliRun backend = run("", "tools", "list", "--backend", "mongo");
        assertThat(backend.err).contains("unknown backend 'mongo'");
        CliRun pack = run("", "tools", "list", "--packs", "nope");
        assertThat(pack.err).contains("unknown tool pack 'nope'");
        CliRun workflow = run("", "tools", "list", "--workflow", "everything");
        assertThat(workflow.code).isEqualTo(ExitCodes.ERROR);
        assertThat(workflow.err).contains("--workflow must be one of baseline, data_analysis");
    }

    @Test
    void dbTestReportsReachableAndUnreachableDatabases() throws Exception {
        Path config = cwd.resolve("config/databases.yaml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "databases:\n  up:\n    url: http://up:8529\n    database: d\n    username: u\n"
                + "  down:\n    url: http://down:8529\n    database: d\n    username: u\n");
        launcher.backend.versionAnswer(a -> {
            if (a.urls().get(0).contains("down")) {
                throw new io.arangomcp.domain.error.ArangoMcpException(
                        io.arangomcp.domain.error.ErrorCode.DATABASE_UNAVAILABLE, "connection refused");
            }
            return new ServerVersion("arango", "3.12.4", "community");
        });
        CliRun up = run("", "db", "test", "up", "--backend", "memory");
        assertThat(up.code).as(up.toString()).isZero();
        assertThat(up.out).contains("✓ Connection to 'up' successful").contains("Server version: 3.12.4");
        CliRun down = run("", "db", "test", "down", "--backend", "memory");
        assertThat(down.code).isEqualTo(ExitCodes.ERROR);
        assertThat(down.err).contains("✗ Connection to 'down' failed").contains("connection refused");
        CliRun unknown = run("", "db", "test", "nope", "--backend", "memory");
        assertThat(unknown.err).contains("'nope' is not configured");
    }
}
