package io.arangomcp.toolpacks.workflow.tools.meta;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.toolpacks.workflow.WorkflowTestbed;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnloadToolsToolTest {
    private static final String TOOL = "arango_unload_tools";

    @Test
    void hidesRegisteredToolsAndReportsTheRest() {
        WorkflowTestbed bed = WorkflowTestbed.in("full");

        Map<String, Object> r = bed.call(TOOL, Map.of("tool_names",
                List.of("arango_backup", "nope", "arango_switch_workflow", "arango_traverse", "arango_backup")));

        assertThat(r).containsEntry("unloaded", List.of("arango_backup", "arango_traverse"))
                .containsEntry("not_found", List.of("nope"))
                .containsEntry("not_unloadable", List.of("arango_switch_workflow"))
                .containsEntry("unloaded_tools", List.of("arango_backup", "arango_traverse"))
                .containsEntry("total_unloaded", 2).containsEntry("total_visible", 6);
        assertThat(bed.state().unloadedTools()).containsExactly("arango_backup", "arango_traverse");
    }

    @Test
    void unloadingAddsToWhatWasUnloadedBefore() {
        WorkflowTestbed bed = WorkflowTestbed.in("full");
        bed.call(TOOL, Map.of("tool_names", List.of("arango_backup")));

        Map<String, Object> r = bed.call(TOOL, Map.of("toolNames", List.of("arango_insert")));

        assertThat(r).containsEntry("unloaded_tools", List.of("arango_backup", "arango_insert"));
    }

    @Test
    void nothingToUnloadLeavesTheSessionAlone() {
        WorkflowTestbed bed = WorkflowTestbed.in("full");

        Map<String, Object> r = bed.call(TOOL, Map.of("tool_names", List.of("nope")));

        assertThat(r).containsEntry("unloaded", List.of()).containsEntry("total_unloaded", 0);
        assertThat(bed.context.session().updates()).isZero();
    }

    @Test
    void needsAListOfNames() {
        WorkflowTestbed bed = WorkflowTestbed.in("full");
        assertThatThrownBy(() -> bed.call(TOOL, Map.of())).isInstanceOf(ArangoMcpException.class)
                .hasMessageContaining("'tool_names' is required");
        assertThatThrownBy(() -> bed.call(TOOL, Map.of("tool_names", "arango_backup")))
                .isInstanceOf(ArangoMcpException.class).hasMessageContaining("'tool_names' must be an array");
    }
}
