package io.arangomcp.toolpacks.multitenancy.tools.read;

import io.arangomcp.domain.config.ConfigSource;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.multitenancy.MultiTenancyPack;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseStatusToolTest {
    private static final String TOOL = "arango_database_status";
    private final ToolPackHarness pack = ToolPackHarness.of(new MultiTenancyPack());

    @Test
    void summarisesTheHealthOfEveryDatabaseInTheReferenceShape() {
        assertThat(pack.call(TOOL, Map.of(), GetMultiDatabaseStatusToolTest.mixedHealth())).isEqualTo(Map.of(
                "summary", Map.of("total", 3, "connected", 2, "failed", 1, "focused_database", "analytics"),
                "databases", GetMultiDatabaseStatusToolTest.mixedHealthItems(),
                "session_id", "s-1"));
    }

    @Test
    void nothingConfiguredGivesZeroCounts() {
        FakeToolContext context = FakeToolContext.builder()
                .registry(DatabaseRegistry.empty(ConfigSource.NONE, null)).build();

        assertThat(pack.call(TOOL, Map.of(), context)).isEqualTo(Map.of(
                "summary", Map.of("total", 0, "connected", 0, "failed", 0),
                "databases", List.of(), "session_id", "test-session"));
    }

    @Test
    void refusesArguments() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("database", "prod")))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS));
    }
}
