package io.arangomcp.toolpacks.query;

import io.arangomcp.ports.spi.Tool;
import io.arangomcp.testkit.tools.ToolMetadataGolden;
import io.arangomcp.testkit.tools.ToolPackHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QueryPackTest {
    private static final ToolPackHarness PACK = ToolPackHarness.load("query");

    static List<String> toolNames() {
        return PACK.toolNames();
    }

    @Test
    void loadsThroughServiceLoaderAndFollowsTheSpiRules() {
        assertThat(PACK.pack()).isInstanceOf(QueryPack.class);
        assertThat(PACK.violations()).isEmpty();
        assertThat(PACK.pack().description()).isNotBlank();
    }

    @Test
    void listsItsToolsInTheReferenceOrder() {
        assertThat(PACK.toolNames()).containsExactly("arango_explain_query", "arango_query_builder",
                "arango_query_profile");
    }

    @Test
    void everyToolWorksOnTheResolvedDatabaseInTheReferenceCategories() {
        for (Tool<?, ?> tool : PACK.pack().tools()) {
            assertThat(tool.spec().databaseScoped()).as(tool.spec().name()).isTrue();
        }
        assertThat(PACK.tool("arango_explain_query").spec().category()).isEqualTo(QueryPack.INDEXING);
        assertThat(PACK.tool("arango_query_builder").spec().category()).isEqualTo(QueryPack.QUERY);
        assertThat(PACK.tool("arango_query_profile").spec().kind().destructiveHint()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("toolNames")
    void metadataIsPinned(String tool) {
        ToolMetadataGolden.assertPinned(PACK, tool);
    }
}
