package io.arangomcp.toolpacks.workflow.tools.meta;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.toolpacks.workflow.WorkflowTestbed;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListToolsByCategoryToolTest {
    private static final String TOOL = "arango_list_tools_by_category";

    @Test
    void groupsEveryRegisteredToolByCategoryInOrder() {
        Map<String, Object> r = WorkflowTestbed.in("baseline").call(TOOL, Map.of());

        Map<?, ?> categories = (Map<?, ?>) r.get("categories");
        assertThat(keys(categories)).containsExactly("core_data", "graph_basic", "mcp_patterns",
                "multi_tenancy", "vendor");
        assertThat(categories.get("core_data")).isEqualTo(Map.of("tools",
                List.of("arango_query", "arango_insert", "arango_backup"), "count", 3));
        assertThat(r).containsEntry("total_tools", 8).doesNotContainKey("category");
    }

    @Test
    void listsOneCategoryIncludingPlugInAndSessionCategories() {
        assertThat(WorkflowTestbed.in("full").call(TOOL, Map.of("category", "vendor")))
                .containsEntry("category", "vendor").containsEntry("tools", List.of("vendor_report"))
                .containsEntry("tool_count", 1).doesNotContainKey("categories");
        assertThat(WorkflowTestbed.in("full").call(TOOL, Map.of("category", "mcp_patterns")))
                .containsEntry("tools", List.of("arango_switch_workflow"));
    }

    @Test
    void anUnknownCategoryIsAnErrorNamingTheKnownOnes() {
        assertThatThrownBy(() -> WorkflowTestbed.in("full").call(TOOL, Map.of("category", "graphs")))
                .isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
                    assertThat(e.details()).containsEntry("available_categories",
                            List.of("core_data", "graph_basic", "mcp_patterns", "multi_tenancy", "vendor"));
                });
        assertThatThrownBy(() -> WorkflowTestbed.in("full").call(TOOL, Map.of("category", 3)))
                .isInstanceOf(ArangoMcpException.class).hasMessageContaining("'category' must be a string");
    }

    @SuppressWarnings("unchecked")
    private static List<String> keys(Object map) {
        return List.copyOf(((Map<String, Object>) map).keySet());
    }
}
