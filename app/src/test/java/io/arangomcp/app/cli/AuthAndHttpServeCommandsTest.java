package io.arangomcp.app.cli;

import io.arangomcp.app.support.CliRun;
import io.arangomcp.app.support.TestLauncher;
import io.arangomcp.domain.tenant.TokenHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuthAndHttpServeCommandsTest {
    @TempDir
    Path cwd;

    private CliRun run(Map<String, String> env, String stdin, String... args) {
        return CliRun.run(new TestLauncher(), cwd, env, stdin, args);
    }

    @Test
    void hashTokenReadsTheTokenFromStdinOrAVariableNeverFromArguments() {
        CliRun piped = run(Map.of(), "s3cret\n", "auth", "hash-token");
        assertThat(piped.code).as(piped.toString()).isZero();
        assertThat(piped.out.strip()).isEqualTo(TokenHash.sha256Hex("s3cret"));
        CliRun fromEnv = run(Map.of("T", "s3cret"), "", "auth", "hash-token", "--env", "T");
        assertThat(fromEnv.out.strip()).isEqualTo(TokenHash.sha256Hex("s3cret"));
        CliRun unset = run(Map.of(), "", "auth", "hash-token", "--env", "T");
        assertThat(unset.code).isEqualTo(ExitCodes.ERROR);
        assertThat(unset.err).contains("the variable T is not set");
        CliRun empty = run(Map.of(), "", "auth", "hash-token");
        assertThat(empty.err).contains("no token on stdin");
        CliRun group = run(Map.of(), "", "auth");
        assertThat(group.code).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void hashTokenCanGenerateAToken() {
        CliRun r = run(Map.of(), "", "auth", "hash-token", "--generate");
        String[] lines = r.out.strip().split("\n");
        String token = lines[0].replace("token:", "").strip();
        assertThat(token).hasSize(43);
        assertThat(lines[1]).isEqualTo("sha256: " + TokenHash.sha256Hex(token));
    }

    @Test
    void httpBeyondLoopbackWithoutAuthenticationIsRefusedWithHowToConfigureIt() {
        CliRun r = run(Map.of(), "", "serve", "--transport", "http", "--host", "0.0.0.0", "--backend", "memory");
        assertThat(r.code).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err).contains("refusing to serve HTTP on 0.0.0.0 without authentication")
                .contains("ARANGO_MCP_TOKEN").contains("--auth-file");
    }

    @Test
    void badHttpOptionsAndAccessFilesStopStartup() throws Exception {
        CliRun idle = run(Map.of(), "", "serve", "--transport", "http", "--session-idle-timeout", "0");
        assertThat(idle.err).contains("--session-idle-timeout must be more than 0");
        Files.writeString(cwd.resolve("access.yaml"), "tokens: []\n");
        CliRun file = run(Map.of(), "", "serve", "--transport", "http", "--auth-file", "access.yaml");
        assertThat(file.code).isEqualTo(ExitCodes.ERROR);
        assertThat(file.err).contains("defines neither tokens nor jwt");
        CliRun publicUrl = run(Map.of(), "", "serve", "--transport", "http", "--public-url", "mcp.example.com/mcp");
        assertThat(publicUrl.code).isEqualTo(ExitCodes.ERROR);
        assertThat(publicUrl.err).contains("--public-url must be an absolute http(s) URL");
    }
}
