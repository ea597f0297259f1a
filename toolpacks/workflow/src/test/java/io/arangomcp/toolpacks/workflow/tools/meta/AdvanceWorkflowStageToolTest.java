package io.arangomcp.toolpacks.workflow.tools.meta;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.toolpacks.workflow.WorkflowTestbed;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdvanceWorkflowStageToolTest {
    private static final String TOOL = "arango_advance_workflow_stage";

    @Test
    void movingToAnalysisLoadsItsToolsAndUnloadsTheSetupOnes() {
        WorkflowTestbed bed = WorkflowTestbed.in("baseline");

        Map<String, Object> r = bed.call(TOOL, Map.of("stage", "analysis"));

        assertThat(r).containsEntry("from_stage", "setup").containsEntry("to_stage", "analysis")
                .containsEntry("stage_tools", List.of("arango_query", "arango_traverse"))
                .containsEntry("tools_loaded", List.of("arango_traverse"))
                .containsEntry("tools_unloaded", List.of("arango_create_graph"))
                .containsEntry("total_active_tools", 7);
        assertThat(bed.state().stage()).isEqualTo("analysis");
        assertThat(bed.call(TOOL, Map.of("stage", "setup"))).containsEntry("from_stage", "analysis");
    }

    @Test
    void inFullAStageChangesNothingVisible() {
        Map<String, Object> r = WorkflowTestbed.in("full").call(TOOL, Map.of("stage", "cleanup"));

        assertThat(r).containsEntry("tools_loaded", List.of()).containsEntry("tools_unloaded", List.of())
                .containsEntry("stage_tools", List.of("arango_backup"));
        assertThat(new AdvanceWorkflowStageTool().text(new AdvanceWorkflowStageTool.Result("setup", "cleanup", "d",
                List.of(), List.of(), List.of(), List.of("a"), 1)))
                .isEqualTo("Stage setup -> cleanup: 0 tools loaded, 0 unloaded; 1 tools available.");
    }

    @Test
    void refusesUnknownStages() {
        assertThatThrownBy(() -> WorkflowTestbed.in("full").call(TOOL, Map.of("stage", "deploy")))
                .isInstanceOf(ArangoMcpException.class).hasMessageContaining("'stage' must be one of");
    }
}
