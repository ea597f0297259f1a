package io.arangomcp.toolpacks.workflow;

import io.arangomcp.ports.spi.Tool;
import io.arangomcp.testkit.tools.ToolMetadataGolden;
import io.arangomcp.testkit.tools.ToolPackHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkflowPackTest {
    private static final ToolPackHarness PACK = ToolPackHarness.load("workflow");

    static List<String> toolNames() {
        return PACK.toolNames();
    }

    @Test
    void loadsThroughServiceLoaderAndFollowsTheSpiRules() {
        assertThat(PACK.pack()).isInstanceOf(WorkflowPack.class);
        assertThat(PACK.violations()).isEmpty();
        assertThat(PACK.pack().description()).isNotBlank();
    }

    @Test
    void listsItsToolsInTheReferenceOrder() {
        assertThat(PACK.toolNames()).containsExactly("arango_search_tools", "arango_list_tools_by_category",
                "arango_switch_workflow", "arango_get_active_workflow", "arango_list_workflows",
                "arango_advance_workflow_stage", "arango_get_tool_usage_stats", "arango_unload_tools");
    }

    @Test
    void everyToolWorksOnSessionStateOnlyAndChangesNoData() {
        for (Tool<?, ?> tool : PACK.pack().tools()) {
            assertThat(tool.spec().databaseScoped()).as(tool.spec().name()).isFalse();
            assertThat(tool.spec().category()).isEqualTo(WorkflowPack.CATEGORY);
            assertThat(tool.spec().kind().readOnlyHint()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("toolNames")
    void metadataIsPinned(String tool) {
        ToolMetadataGolden.assertPinned(PACK, tool);
    }
}
