package io.arangomcp.app.config;

import io.arangomcp.adapters.yaml.YamlConfigRepository;
import io.arangomcp.domain.config.ConfigSource;
import io.arangomcp.domain.resolution.DatabaseResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StartupPlannerTest {
    @TempDir
    Path dir;

    private StartupPlan plan(Map<String, String> env, Backend requested) throws Exception {
        Path file = dir.resolve("config/databases.yaml");
        return new StartupPlanner(new YamlConfigRepository(file, env), new DatabaseResolver(env.get("ARANGO_DB")))
                .plan(requested);
    }

    private void writeConfig() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/databases.yaml"), """
                databases:
                  prod:
                    url: http://localhost:8529
                    database: app
                    username: app
                """);
    }

    @Test
    void nothingConfiguredMeansTheMemoryBackendWithOneBuiltInDatabase() throws Exception {
        StartupPlan p = plan(Map.of(), null);
        assertThat(p.backend()).isEqualTo(Backend.MEMORY);
        assertThat(p.registry().source()).isEqualTo(ConfigSource.BUILT_IN);
        assertThat(p.registry().keys()).containsExactly("default");
        assertThat(p.registry().defaultKey()).isEqualTo("default");
        assertThat(p.notes()).anySatisfy(n -> assertThat(n).contains("No configuration found"))
                .anySatisfy(n -> assertThat(n).contains("in-memory backend"));
    }

    @Test
    void aFileSelectsTheArangodbBackendUnlessMemoryIsRequested() throws Exception {
        writeConfig();
        StartupPlan p = plan(Map.of(), null);
        assertThat(p.backend()).isEqualTo(Backend.ARANGODB);
        assertThat(p.registry().keys()).containsExactly("prod");
        assertThat(p.notes()).anySatisfy(n -> assertThat(n).contains("1 database(s)").contains("arangodb"));
        assertThat(plan(Map.of(), Backend.MEMORY).backend()).isEqualTo(Backend.MEMORY);
    }

    @Test
    void arangoVariablesSelectTheArangodbBackend() throws Exception {
        StartupPlan p = plan(Map.of("ARANGO_URL", "http://db:8529", "ARANGO_DB", "app"), null);
        assertThat(p.backend()).isEqualTo(Backend.ARANGODB);
        assertThat(p.registry().source()).isEqualTo(ConfigSource.ENVIRONMENT);
        assertThat(p.notes()).anySatisfy(n -> assertThat(n).contains("ARANGO_* variables"));
    }

    @Test
    void anArangoDbThatNamesNoKeyIsReportedAtStartup() throws Exception {
        writeConfig();
        StartupPlan p = plan(Map.of("ARANGO_DB", "app_prod"), Backend.MEMORY);
        assertThat(p.notes()).anySatisfy(n -> assertThat(n).contains("ARANGO_DB='app_prod' names no database key"));
    }

    @Test
    void requestingArangodbWithNothingConfiguredKeepsTheEmptyRegistry() throws Exception {
        StartupPlan p = plan(Map.of(), Backend.ARANGODB);
        assertThat(p.backend()).isEqualTo(Backend.ARANGODB);
        assertThat(p.registry().isEmpty()).isTrue();
    }

    @Test
    void backendsParseTheirIds() {
        assertThat(Backend.parse(" Memory ")).isEqualTo(Backend.MEMORY);
        assertThat(Backend.ARANGODB.id()).isEqualTo("arangodb");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Backend.parse("mongo"))
                .hasMessageContaining("expected memory or arangodb");
    }
}
