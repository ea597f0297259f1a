package io.arangomcp.toolpacks.workflow.tools.meta;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.toolpacks.workflow.WorkflowTestbed;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchToolsToolTest {
    private static final String TOOL = "arango_search_tools";

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> matches(Map<String, Object> result) {
        return (List<Map<String, Object>>) result.get("matches");
    }

    @Test
    void findsToolsByAnyKeywordBestFirstAndSaysWhichAreAvailable() {
        Map<String, Object> r = WorkflowTestbed.in("baseline").call(TOOL,
                Map.of("keywords", List.of("GRAPH", "walks")));

        assertThat(matches(r)).extracting(m -> m.get("name"))
                .containsExactly("arango_traverse", "arango_create_graph", "vendor_report");
        assertThat(matches(r)).extracting(m -> m.get("available")).containsExactly(false, true, true);
        assertThat(matches(r).get(0)).containsEntry("title", "Traverse graph").containsEntry("pack",
                "pack-graph_basic").doesNotContainKey("inputSchema");
        assertThat(r).containsEntry("total_matches", 3).containsEntry("detail_level", "summary")
                .containsEntry("categories_searched", List.of("core_data", "graph_basic", "mcp_patterns",
                        "multi_tenancy", "vendor"));
    }

    @Test
    void searchesOnlyTheGivenCategoriesAndReportsUnknownOnes() {
        Map<String, Object> r = WorkflowTestbed.in("full").call(TOOL, Map.of("keywords", List.of("graph"),
                "categories", List.of("vendor", "graphs", "vendor"), "detail_level", "name"));

        assertThat(matches(r)).containsExactly(Map.of("name", "vendor_report", "category", "vendor",
                "available", true));
        assertThat(r).containsEntry("categories_searched", List.of("vendor"))
                .containsEntry("unknown_categories", List.of("graphs"));
    }

    @Test
    void fullDetailAddsTheSchemas() {
        Map<String, Object> r = WorkflowTestbed.in("full").call(TOOL, Map.of("keywords", List.of("focus"),
                "detailLevel", "full"));

        assertThat(matches(r)).singleElement().satisfies(m -> assertThat(m)
                .containsEntry("name", "arango_set_focused_database")
                .containsEntry("inputSchema", Map.of("type", "object"))
                .containsEntry("outputSchema", Map.of("type", "object")));
    }

    @Test
    void blankKeywordsMatchNothing() {
        Map<String, Object> r = WorkflowTestbed.in("full").call(TOOL, Map.of("keywords", List.of(" ", "")));

        assertThat(matches(r)).isEmpty();
    }

    @Test
    void refusesMissingKeywordsAndUnknownDetailLevels() {
        assertThatThrownBy(() -> WorkflowTestbed.in("full").call(TOOL, Map.of("detail_level", "all")))
                .isInstanceOf(ArangoMcpException.class).hasMessageContaining("'keywords' is required")
                .hasMessageContaining("'detail_level' must be one of");
    }
}
