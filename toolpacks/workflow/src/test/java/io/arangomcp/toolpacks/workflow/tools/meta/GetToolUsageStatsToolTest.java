package io.arangomcp.toolpacks.workflow.tools.meta;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.session.SessionState;
import io.arangomcp.domain.session.ToolUsage;
import io.arangomcp.toolpacks.workflow.WorkflowTestbed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GetToolUsageStatsToolTest {
    private static final String TOOL = "arango_get_tool_usage_stats";
    private static final Instant T1 = Instant.parse("2025-01-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2025-01-01T11:00:00Z");

    @Test
    void reportsThisSessionsUsageInFirstUseOrder() {
        SessionState used = WorkflowTestbed.in("full").state().withUsage("arango_query", T1)
                .withUsage("arango_insert", T1).withUsage("arango_query", T2).withStage("cleanup");
        WorkflowTestbed bed = new WorkflowTestbed(used);

        Map<String, Object> r = bed.call(TOOL, Map.of());

        assertThat(r).containsEntry("scope", "session").containsEntry("current_stage", "cleanup")
                .containsEntry("total_tools_used", 2).containsEntry("total_calls", 3L)
                .containsEntry("active_stage_tools", List.of("arango_backup"));
        assertThat(r.get("tool_usage")).isEqualTo(Map.of(
                "arango_query", Map.of("first_used", "2025-01-01T10:00:00Z", "last_used", "2025-01-01T11:00:00Z",
                        "use_count", 2L),
                "arango_insert", Map.of("first_used", "2025-01-01T10:00:00Z", "last_used", "2025-01-01T10:00:00Z",
                        "use_count", 1L)));
        assertThat(keys(r.get("tool_usage")))
                .containsExactly("arango_insert", "arango_query");
    }

    @Test
    void operatorsSeeUsageSummedOverEverySession() {
        WorkflowTestbed bed = WorkflowTestbed.in("full")
                .usedElsewhere("arango_traverse", new ToolUsage(T2, T2, 4))
                .usedElsewhere("arango_query", new ToolUsage(T1, T2, 7));

        Map<String, Object> r = bed.call(TOOL, Map.of("scope", "all_sessions"));

        assertThat(r).containsEntry("scope", "all_sessions").containsEntry("total_calls", 11L);
        assertThat(keys(r.get("tool_usage")))
                .containsExactly("arango_query", "arango_traverse");
    }

    @Test
    void aFreshSessionHasNoUsage() {
        assertThat(WorkflowTestbed.in("baseline").call(TOOL, Map.of())).containsEntry("tool_usage", Map.of())
                .containsEntry("total_calls", 0L)
                .containsEntry("active_stage_tools", List.of("arango_create_graph"));
        assertThat(new WorkflowTestbed(WorkflowTestbed.in("full").state().withStage("gone")).call(TOOL, Map.of()))
                .containsEntry("active_stage_tools", List.of());
    }

    @Test
    void refusesUnknownScopes() {
        assertThatThrownBy(() -> WorkflowTestbed.in("full").call(TOOL, Map.of("scope", "everyone")))
                .isInstanceOf(ArangoMcpException.class).hasMessageContaining("'scope' must be one of");
    }

    @SuppressWarnings("unchecked")
    private static List<String> keys(Object map) {
        return List.copyOf(((Map<String, Object>) map).keySet());
    }
}
