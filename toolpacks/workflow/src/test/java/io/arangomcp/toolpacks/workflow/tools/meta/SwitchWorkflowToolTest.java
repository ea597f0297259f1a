package io.arangomcp.toolpacks.workflow.tools.meta;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.toolpacks.workflow.WorkflowTestbed;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SwitchWorkflowToolTest {
    private static final String TOOL = "arango_switch_workflow";

    @Test
    void switchingReportsTheToolsAddedAndRemovedInToolListOrder() {
        WorkflowTestbed bed = WorkflowTestbed.in("baseline");

        Map<String, Object> r = bed.call(TOOL, Map.of("context", "graph_modeling"));

        assertThat(r).containsEntry("from_context", "baseline").containsEntry("to_context", "graph_modeling")
                .containsEntry("tools_added", List.of("arango_traverse"))
                .containsEntry("tools_removed", List.of("arango_insert", "arango_backup"))
                .containsEntry("active_tools", List.of("arango_query", "arango_create_graph", "arango_traverse",
                        "arango_switch_workflow", "arango_set_focused_database", "vendor_report"))
                .containsEntry("total_tools", 6);
        assertThat(bed.state().workflow()).isEqualTo("graph_modeling");
    }

    @Test
    void fullAddsEveryToolAndTheOldNameIsAccepted() {
        WorkflowTestbed bed = WorkflowTestbed.in("baseline");

        Map<String, Object> r = bed.call(TOOL, Map.of("workflow", "full"));

        assertThat(r).containsEntry("tools_added", List.of("arango_traverse")).containsEntry("total_tools", 8);
        assertThat(r.get("description").toString()).contains("Every registered tool");
    }

    @Test
    void switchingToTheSameWorkflowReloadsUnloadedTools() {
        WorkflowTestbed bed = new WorkflowTestbed(
                WorkflowTestbed.in("baseline").state().withUnloaded(Set.of("arango_backup")));

        Map<String, Object> r = bed.call(TOOL, Map.of("context", "baseline"));

        assertThat(r).containsEntry("tools_added", List.of("arango_backup")).containsEntry("tools_removed", List.of());
        assertThat(bed.state().unloadedTools()).isEmpty();
        assertThat(bed.pack.tool(TOOL).getClass()).isEqualTo(SwitchWorkflowTool.class);
    }

    @Test
    void textSummarisesTheSwitch() {
        SwitchWorkflowTool tool = new SwitchWorkflowTool();
        assertThat(tool.text(new SwitchWorkflowTool.Result("baseline", "full", "d", List.of("a"), List.of(),
                List.of("a", "b"), 2))).isEqualTo("Workflow baseline -> full: 1 tools added, 0 removed; 2 tools "
                + "available.");
    }

    @Test
    void refusesUnknownOrMissingWorkflows() {
        WorkflowTestbed bed = WorkflowTestbed.in("baseline");
        assertThatThrownBy(() -> bed.call(TOOL, Map.of("context", "everything")))
                .isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
                    assertThat(e.getMessage()).contains("'context' must be one of");
                });
        assertThatThrownBy(() -> bed.call(TOOL, Map.of()))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.getMessage()).contains("'context' is required"));
        assertThat(bed.state().workflow()).isEqualTo("baseline");
    }
}
