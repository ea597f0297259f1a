package io.arangomcp.toolpacks.graph;

import io.arangomcp.ports.spi.Tool;
import io.arangomcp.testkit.tools.ToolMetadataGolden;
import io.arangomcp.testkit.tools.ToolPackHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GraphPackTest {
    private static final ToolPackHarness PACK = ToolPackHarness.load("graph");

    static List<String> toolNames() {
        return PACK.toolNames();
    }

    @Test
    void loadsThroughServiceLoaderAndFollowsTheSpiRules() {
        assertThat(PACK.pack()).isInstanceOf(GraphPack.class);
        assertThat(PACK.violations()).isEmpty();
        assertThat(PACK.pack().description()).isNotBlank();
    }

    @Test
    void listsItsToolsInTheReferenceOrder() {
        assertThat(PACK.toolNames()).containsExactly("arango_create_graph", "arango_add_edge", "arango_traverse",
                "arango_shortest_path", "arango_list_graphs", "arango_add_vertex_collection",
                "arango_add_edge_definition", "arango_validate_graph_integrity", "arango_graph_statistics",
                "arango_graph_traversal");
    }

    @Test
    void everyToolWorksOnTheResolvedDatabaseAndTheAliasIsMarked() {
        for (Tool<?, ?> tool : PACK.pack().tools()) {
            assertThat(tool.spec().databaseScoped()).as(tool.spec().name()).isTrue();
            assertThat(tool.spec().category()).isIn(GraphPack.BASIC, GraphPack.ADVANCED, GraphPack.ALIASES);
        }
        Tool<?, ?> alias = PACK.tool("arango_graph_traversal");
        assertThat(alias.spec().aliasOf()).isEqualTo("arango_traverse");
        assertThat(alias.argumentsType()).isEqualTo(PACK.tool("arango_traverse").argumentsType());
        assertThat(alias.resultType()).isEqualTo(PACK.tool("arango_traverse").resultType());
    }

    @ParameterizedTest
    @MethodSource("toolNames")
    void metadataIsPinned(String tool) {
        ToolMetadataGolden.assertPinned(PACK, tool);
    }
}
