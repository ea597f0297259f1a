package io.arangomcp.toolpacks.multitenancy.tools.meta;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.domain.session.SessionState;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.multitenancy.MultiTenancyPack;
import io.arangomcp.toolpacks.multitenancy.TestDatabases;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GetFocusedDatabaseToolTest {
    private static final String TOOL = "arango_get_focused_database";
    private final ToolPackHarness pack = ToolPackHarness.of(new MultiTenancyPack());

    @Test
    void reportsNoFocusForAFreshSession() {
        FakeToolContext context = FakeToolContext.builder().registry(TestDatabases.threeDatabases()).build();

        assertThat(pack.call(TOOL, Map.of(), context)).isEqualTo(Map.of("session_id", "test-session",
                "is_set", false));
    }

    @Test
    void reportsTheFocusedKeyWithoutChangingTheSession() {
        FakeToolContext context = FakeToolContext.builder().registry(TestDatabases.threeDatabases())
                .session(SessionState.create("s-1", FakeToolContext.DEFAULT_NOW).withFocus("analytics")).build();

        assertThat(pack.call(TOOL, Map.of(), context)).isEqualTo(Map.of("focused_database", "analytics",
                "session_id", "s-1", "is_set", true));
        assertThat(context.session().updates()).isZero();
    }

    @Test
    void refusesArguments() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("database", "prod")))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS));
    }
}
