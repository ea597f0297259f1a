package io.arangomcp.toolpacks.multitenancy.tools.meta;

import io.arangomcp.domain.config.ConfigSource;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.multitenancy.MultiTenancyPack;
import io.arangomcp.toolpacks.multitenancy.TestDatabases;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SetFocusedDatabaseToolTest {
    private static final String TOOL = "arango_set_focused_database";
    private final ToolPackHarness pack = ToolPackHarness.of(new MultiTenancyPack());
    private final FakeToolContext context = FakeToolContext.builder()
            .registry(TestDatabases.threeDatabases()).build();

    @Test
    void focusesTheSessionOnAConfiguredKey() {
        Map<String, Object> result = pack.call(TOOL, Map.of("database", "staging"), context);

        assertThat(result).isEqualTo(Map.of("success", true, "focused_database", "staging",
                "session_id", "test-session"));
        assertThat(context.session().state().focusedDatabase()).isEqualTo("staging");
        assertThat(context.databases().resolution().key()).isEqualTo("staging");
    }

    @Test
    void anUnknownKeyIsRefusedListingTheConfiguredOnesAndLeavesTheFocusAlone() {
        pack.call(TOOL, Map.of("database", "staging"), context);

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("database", "app_prod"), context))
                .isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DATABASE_NOT_CONFIGURED);
                    assertThat(e.details()).containsEntry("available_databases",
                            List.of("prod", "staging", "analytics"));
                });
        assertThat(context.session().state().focusedDatabase()).isEqualTo("staging");
        assertThat(context.session().updates()).isEqualTo(1);
    }

    @Test
    void unsettingReportsTheFallbackTheSessionNowResolvesTo() {
        pack.call(TOOL, Map.of("database", "staging"), context);

        Map<String, Object> result = pack.call(TOOL, Map.of(), context);

        assertThat(result).isEqualTo(Map.of("success", true, "session_id", "test-session",
                "message", "Focused database has been unset. Database resolution will fall back to default "
                        + "priority levels (will use 'prod')",
                "fallback_database", "prod"));
        assertThat(context.session().state().focusedDatabase()).isNull();
    }

    @Test
    void anEmptyOrNullDatabaseAlsoUnsets() {
        pack.call(TOOL, Map.of("database", "staging"), context);
        assertThat(pack.call(TOOL, Map.of("database", ""), context)).containsEntry("fallback_database", "prod");

        pack.call(TOOL, Map.of("database", "staging"), context);
        Map<String, Object> explicitNull = new HashMap<>();
        explicitNull.put("database", null);
        assertThat(pack.call(TOOL, explicitNull, context)).doesNotContainKey("focused_database");
        assertThat(context.session().state().focusedDatabase()).isNull();
    }

    @Test
    void unsettingWithNothingConfiguredHasNoFallback() {
        FakeToolContext empty = FakeToolContext.builder()
                .registry(DatabaseRegistry.empty(ConfigSource.NONE, null)).build();

        Map<String, Object> result = pack.call(TOOL, Map.of(), empty);

        assertThat(result).doesNotContainKey("fallback_database").containsEntry("message",
                "Focused database has been unset. Database resolution will fall back to default priority levels");
    }

    @Test
    void refusesInvalidArguments() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("database", 3, "key", "prod")))
                .isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
                    assertThat(e.getMessage()).contains("'database' must be a string", "'key' is not a known argument");
                });
    }
}
