package io.arangomcp.toolpacks.workflow.tools.meta;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.toolpacks.workflow.WorkflowTestbed;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GetActiveWorkflowToolTest {
    private static final String TOOL = "arango_get_active_workflow";

    @Test
    void reportsTheWorkflowItsRegisteredToolsAndWhatTheSessionSees() {
        WorkflowTestbed bed = new WorkflowTestbed(WorkflowTestbed.in("baseline").state()
                .withUnloaded(Set.of("arango_insert")));

        Map<String, Object> r = bed.call(TOOL, Map.of());

        assertThat(r).containsEntry("active_context", "baseline").containsEntry("stage", "setup")
                .containsEntry("tools", List.of("arango_query", "arango_insert", "arango_backup"))
                .containsEntry("tool_count", 3)
                .containsEntry("visible_tools", List.of("arango_query", "arango_backup", "arango_create_graph",
                        "arango_switch_workflow", "arango_set_focused_database", "vendor_report"))
                .containsEntry("visible_tool_count", 6)
                .containsEntry("unloaded_tools", List.of("arango_insert"));
    }

    @Test
    void fullOffersEveryRegisteredTool() {
        Map<String, Object> r = WorkflowTestbed.in("full").call(TOOL, Map.of());

        assertThat(r).containsEntry("tool_count", 8).containsEntry("visible_tool_count", 8);
    }

    @Test
    void takesNoArguments() {
        assertThatThrownBy(() -> WorkflowTestbed.in("full").call(TOOL, Map.of("context", "full")))
                .isInstanceOf(ArangoMcpException.class).hasMessageContaining("'context' is not a known argument");
    }
}
