package io.arangomcp.app.http;

import io.arangomcp.app.config.Environment;
import io.arangomcp.domain.tenant.AccessConfig;
import io.arangomcp.domain.tenant.TokenHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessSourceTest {
    @TempDir
    Path cwd;

    @Test
    void oneTokenInTheEnvironmentMayUseEverything() {
        AccessConfig access = AccessSource.load(null, new Environment(Map.of("ARANGO_MCP_TOKEN", " tok \n")), cwd);
        assertThat(access.enabled()).isTrue();
        assertThat(access.tokens().get(0).sha256()).isEqualTo(TokenHash.sha256Hex("tok"));
        assertThat(access.tenant("default").orElseThrow().allDatabases()).isTrue();
        assertThat(AccessSource.load(null, new Environment(Map.of()), cwd)).isSameAs(AccessConfig.NONE);
    }

    @Test
    void anAuthFileWinsAndIsReadRelativeToTheWorkingDirectory() throws Exception {
        Files.writeString(cwd.resolve("access.yaml"), "tenants:\n  t: {databases: '*'}\n"
                + "tokens:\n  - {name: n, tenant: t, sha256: " + TokenHash.sha256Hex("x") + "}\n");
        AccessConfig access = AccessSource.load("access.yaml", new Environment(Map.of("ARANGO_MCP_TOKEN", "y")), cwd);
        assertThat(access.tokens()).extracting(t -> t.name()).containsExactly("n");
    }

    @Test
    void loopbackMayServeWithoutAuthenticationAndNothingElseMay() {
        AccessSource.requireAuthBeyondLoopback("127.0.0.1", AccessConfig.NONE);
        AccessSource.requireAuthBeyondLoopback("localhost", AccessConfig.NONE);
        AccessSource.requireAuthBeyondLoopback("::1", AccessConfig.NONE);
        assertThat(AccessSource.isLoopback("0.0.0.0")).isFalse();
        assertThatThrownBy(() -> AccessSource.requireAuthBeyondLoopback("0.0.0.0", AccessConfig.NONE))
                .hasMessageContaining("refusing to serve HTTP on 0.0.0.0");
        AccessSource.requireAuthBeyondLoopback("0.0.0.0",
                AccessSource.load(null, new Environment(Map.of("ARANGO_MCP_TOKEN", "t")), cwd));
    }
}
