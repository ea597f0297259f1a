package io.arangomcp.toolpacks.multitenancy.tools.meta;

import io.arangomcp.domain.config.ConfigSource;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.domain.session.SessionState;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.multitenancy.MultiTenancyPack;
import io.arangomcp.toolpacks.multitenancy.TestDatabases;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.arangomcp.toolpacks.multitenancy.TestDatabases.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GetDatabaseResolutionToolTest {
    private static final String TOOL = "arango_get_database_resolution";
    private final ToolPackHarness pack = ToolPackHarness.of(new MultiTenancyPack());

    @Test
    void explainsEveryLevelAndNamesTheOneThatDecided() {
        FakeToolContext context = FakeToolContext.builder()
                .registry(TestDatabases.threeDatabases())
                .envArangoDb("analytics")
                .session(SessionState.create("s-1", FakeToolContext.DEFAULT_NOW).withFocus("staging"))
                .build();

        Map<String, Object> result = pack.call(TOOL, Map.of(), context);

        assertThat(result).containsEntry("session_id", "s-1")
                .containsEntry("resolved_database", "staging")
                .containsEntry("resolved_level", "2_focused_database");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> levels = (Map<String, Map<String, Object>>) result.get("levels");
        assertThat(levels).containsOnlyKeys("1_per_tool_override", "2_focused_database", "3_config_default",
                "4_env_variable", "5_first_configured", "6_hardcoded_fallback");
        assertThat(List.copyOf(levels.keySet()).get(0)).isEqualTo("1_per_tool_override");
        assertThat(levels.get("1_per_tool_override")).containsEntry("outcome", "not_set").doesNotContainKey("value");
        assertThat(levels.get("2_focused_database")).containsEntry("value", "staging")
                .containsEntry("outcome", "chosen");
        assertThat(levels.get("3_config_default")).containsEntry("value", "prod")
                .containsEntry("outcome", "not_reached");
        assertThat(levels.get("4_env_variable")).containsEntry("value", "analytics");
        assertThat(levels.get("6_hardcoded_fallback")).containsEntry("value", "_system")
                .containsEntry("outcome", "not_reached")
                .containsEntry("description", "the built-in fallback key '_system'");
    }

    @Test
    void reportsTheConfigurationAndEachDatabaseWithoutSecrets() {
        FakeToolContext context = FakeToolContext.builder().registry(TestDatabases.threeDatabases()).build();

        Map<String, Object> result = pack.call(TOOL, Map.of(), context);

        assertThat(result).containsEntry("resolved_database", "prod")
                .containsEntry("resolved_level", "3_config_default")
                .containsEntry("configuration", Map.of("source", "yaml_file",
                        "config_path", "config/databases.yaml", "default_database", "prod", "total_databases", 3,
                        "database_keys", List.of("prod", "staging", "analytics")));
        assertThat(result.get("databases")).isEqualTo(Map.of(
                "prod", summary("prod"), "staging", summary("staging"), "analytics", summary("analytics")));
        assertThat(result.toString()).doesNotContain("PW_");
    }

    @Test
    void aStaleFocusIsPassedOverAndTheDecidingLevelIsReportedNotGuessed() {
        FakeToolContext context = FakeToolContext.builder()
                .registry(TestDatabases.registry(null, profile("a"), profile("b")))
                .session(SessionState.create("s-1", FakeToolContext.DEFAULT_NOW).withFocus("gone"))
                .build();

        Map<String, Object> result = pack.call(TOOL, Map.of(), context);

        assertThat(result).containsEntry("resolved_database", "a").containsEntry("resolved_level",
                "5_first_configured");
        assertThat(((Map<?, ?>) result.get("levels")).get("2_focused_database"))
                .isEqualTo(Map.of("value", "gone", "description",
                        "the focused database of this session (arango_set_focused_database)",
                        "outcome", "not_configured"));
    }

    @Test
    void nothingConfiguredResolvesToNothing() {
        FakeToolContext context = FakeToolContext.builder()
                .registry(DatabaseRegistry.empty(ConfigSource.NONE, null)).build();

        Map<String, Object> result = pack.call(TOOL, Map.of(), context);

        assertThat(result).doesNotContainKeys("resolved_database", "resolved_level")
                .containsEntry("configuration", Map.of("source", "none", "total_databases", 0,
                        "database_keys", List.of()))
                .containsEntry("databases", Map.of());
    }

    @Test
    void refusesArguments() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("database", "prod")))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS));
    }

    private static Map<String, Object> summary(String key) {
        return Map.of("url", "http://" + key + ".example:8529", "database", "app_" + key,
                "username", "svc_" + key, "timeout_seconds", 2.5);
    }
}
