package io.arangomcp.toolpacks.workflow.tools.meta;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.toolpacks.workflow.WorkflowTestbed;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListWorkflowsToolTest {
    private static final String TOOL = "arango_list_workflows";

    @Test
    @SuppressWarnings("unchecked")
    void listsWorkflowsAndStagesInOrderWithHonestCounts() {
        Map<String, Object> r = WorkflowTestbed.in("baseline").call(TOOL, Map.of());

        Map<String, Map<String, Object>> contexts = (Map<String, Map<String, Object>>) r.get("contexts");
        assertThat(contexts).containsOnlyKeys("baseline", "data_analysis", "graph_modeling", "bulk_operations",
                "schema_validation", "full");
        assertThat(List.copyOf(contexts.keySet())).startsWith("baseline").endsWith("full");
        assertThat(contexts.get("baseline")).containsEntry("tool_count", 3).doesNotContainKey("tools");
        assertThat(contexts.get("full")).containsEntry("tool_count", 8);
        assertThat(r).containsEntry("total_contexts", 6).containsEntry("active_context", "baseline")
                .containsEntry("active_stage", "setup");
        Map<String, Map<String, Object>> stages = (Map<String, Map<String, Object>>) r.get("stages");
        assertThat(List.copyOf(stages.keySet())).containsExactly("setup", "data_loading", "analysis", "cleanup");
    }

    @Test
    @SuppressWarnings("unchecked")
    void includesToolNamesWhenAsked() {
        Map<String, Object> r = WorkflowTestbed.in("baseline").call(TOOL, Map.of("include_tools", true));

        Map<String, Map<String, Object>> contexts = (Map<String, Map<String, Object>>) r.get("contexts");
        assertThat(contexts.get("graph_modeling")).containsEntry("tools",
                List.of("arango_query", "arango_create_graph", "arango_traverse"));
        Map<String, Map<String, Object>> stages = (Map<String, Map<String, Object>>) r.get("stages");
        assertThat(stages.get("analysis")).containsEntry("tools", List.of("arango_query", "arango_traverse"));
    }

    @Test
    void refusesANonBooleanFlag() {
        assertThatThrownBy(() -> WorkflowTestbed.in("full").call(TOOL, Map.of("include_tools", "maybe")))
                .isInstanceOf(ArangoMcpException.class).hasMessageContaining("'include_tools' must be a boolean");
    }
}
