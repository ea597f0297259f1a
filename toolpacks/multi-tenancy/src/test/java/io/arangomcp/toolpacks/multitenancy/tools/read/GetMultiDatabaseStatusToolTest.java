package io.arangomcp.toolpacks.multitenancy.tools.read;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.domain.session.SessionState;
import io.arangomcp.ports.spi.ConnectionProbe;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.multitenancy.MultiTenancyPack;
import io.arangomcp.toolpacks.multitenancy.TestDatabases;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GetMultiDatabaseStatusToolTest {
    private static final String TOOL = "arango_get_multi_database_status";
    private final ToolPackHarness pack = ToolPackHarness.of(new MultiTenancyPack());

    /** Shared with {@code DatabaseStatusToolTest}: prod up, staging down, analytics up; focus on analytics. */
    static FakeToolContext mixedHealth() {
        return FakeToolContext.builder().registry(TestDatabases.threeDatabases())
                .session(SessionState.create("s-1", FakeToolContext.DEFAULT_NOW).withFocus("analytics"))
                .probe(new ConnectionProbe("prod", true, "3.12.4", null, null, 5))
                .probe(new ConnectionProbe("staging", false, null, "DATABASE_UNAVAILABLE", "connection refused", 30))
                .probe(new ConnectionProbe("analytics", true, "3.11.8", null, null, 7))
                .build();
    }

    static List<Map<String, Object>> mixedHealthItems() {
        return List.of(
                Map.of("key", "prod", "url", "http://prod.example:8529", "database", "app_prod",
                        "username", "svc_prod", "is_focused", false, "status", "connected", "version", "3.12.4",
                        "latency_ms", 5L),
                Map.of("key", "staging", "url", "http://staging.example:8529", "database", "app_staging",
                        "username", "svc_staging", "is_focused", false, "status", "error",
                        "error", "connection refused", "error_code", "DATABASE_UNAVAILABLE", "latency_ms", 30L),
                Map.of("key", "analytics", "url", "http://analytics.example:8529", "database", "app_analytics",
                        "username", "svc_analytics", "is_focused", true, "status", "connected",
                        "version", "3.11.8", "latency_ms", 7L));
    }

    @Test
    void listsEveryDatabaseWithItsStatusAndCounts() {
        assertThat(pack.call(TOOL, Map.of(), mixedHealth())).isEqualTo(Map.of(
                "databases", mixedHealthItems(),
                "total_count", 3, "connected", 2, "failed", 1,
                "focused_database", "analytics", "session_id", "s-1"));
    }

    @Test
    void withoutFocusTheFocusedDatabaseIsAbsent() {
        FakeToolContext context = FakeToolContext.builder().registry(TestDatabases.threeDatabases()).build();

        assertThat(pack.call(TOOL, Map.of(), context)).doesNotContainKey("focused_database")
                .containsEntry("connected", 3).containsEntry("failed", 0);
    }

    @Test
    void refusesArguments() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("database", "prod")))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS));
    }
}
