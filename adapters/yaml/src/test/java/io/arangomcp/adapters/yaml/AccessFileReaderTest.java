package io.arangomcp.adapters.yaml;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.tenant.AccessConfig;
import io.arangomcp.domain.tenant.Tenant;
import io.arangomcp.domain.tenant.TokenHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessFileReaderTest {
    @TempDir
    Path dir;

    private AccessConfig read(String yaml, Map<String, String> env) throws Exception {
        Path file = dir.resolve("access.yaml");
        Files.writeString(file, yaml);
        return AccessFileReader.read(file, env);
    }

    @Test
    void readsTenantsTokensAndAJwtRule() throws Exception {
        String hash = TokenHash.sha256Hex("ci-secret");
        AccessConfig access = read("""
                tenants:
                  acme:
                    databases: [shop, analytics]
                    packs: [core-data]
                  ops:
                    databases: "*"
                tokens:
                  - name: acme-ci
                    tenant: acme
                    sha256: %s
                  - name: ops-agent
                    tenant: ops
                    token_env: OPS_TOKEN
                jwt:
                  jwks_url: https://idp.example/jwks.json
                  issuer: https://idp.example/
                  audience: arango-mcp
                  scopes: [mcp:tools, arango.read]
                """.formatted(hash), Map.of("OPS_TOKEN", " ops-secret\n"));
        assertThat(access.tenants().get("acme")).isEqualTo(new Tenant("acme", Set.of("shop", "analytics"),
                Set.of("core-data")));
        assertThat(access.tenants().get("ops").allDatabases()).isTrue();
        assertThat(access.tenants().get("ops").allPacks()).isTrue();
        assertThat(access.tokens()).extracting(t -> t.name() + "/" + t.tenant() + "/" + t.sha256())
                .containsExactly("acme-ci/acme/" + hash, "ops-agent/ops/" + TokenHash.sha256Hex("ops-secret"));
        assertThat(access.jwt().tenantClaim()).isEqualTo("tenant");
        assertThat(access.jwt().scopes()).containsExactly("mcp:tools", "arango.read");
    }

    @Test
    void reportsEveryProblemAtOnceWithoutEchoingTokens() {
        assertThatThrownBy(() -> read("""
                tenants:
                  acme:
                    packs: core-data
                    colour: blue
                tokens:
                  - name: a
                    tenant: acme
                    token_env: MISSING
                  - name: b
                    tenant: acme
                  - name: c
                    tenant: acme
                    sha256: nothex
                jwt:
                  issuer: x
                  scopes: mcp
                extra: 1
                """, Map.of("UNUSED", "value-never-shown")))
                .isInstanceOf(ArangoMcpException.class)
                .hasMessageContaining("extra: unknown key")
                .hasMessageContaining("tenants.acme.colour: unknown key")
                .hasMessageContaining("tenants.acme.databases: is required")
                .hasMessageContaining("tenants.acme.packs: must be a list or '*'")
                .hasMessageContaining("tokens[0].token_env: the variable MISSING is not set")
                .hasMessageContaining("tokens[1]: give exactly one of sha256")
                .hasMessageContaining("tokens[2]: token 'c': sha256 must be 64 hex digits")
                .hasMessageContaining("jwt.jwks_url is required")
                .hasMessageContaining("jwt.scopes: must be a list")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("value-never-shown"));
    }

    @Test
    void aFileWithoutCredentialsOrWithAnUndefinedTenantIsRefused() {
        assertThatThrownBy(() -> read("tenants:\n  acme:\n    databases: []\n", Map.of()))
                .hasMessageContaining("defines neither tokens nor jwt");
        assertThatThrownBy(() -> read("tokens:\n  - {name: a, tenant: ghost, sha256: "
                + TokenHash.sha256Hex("x") + "}\n", Map.of()))
                .hasMessageContaining("token 'a' names tenant 'ghost', which is not defined");
        assertThatThrownBy(() -> read("tokens: nope\n", Map.of())).hasMessageContaining("tokens: must be a list");
        assertThatThrownBy(() -> read("[1, 2]\n", Map.of())).hasMessageContaining("the file: must be a mapping");
        assertThatThrownBy(() -> AccessFileReader.read(dir.resolve("absent.yaml"), Map.of()))
                .hasMessageContaining("cannot be read");
    }
}
