package io.arangomcp.toolpacks.indexing;

import io.arangomcp.ports.spi.Tool;
import io.arangomcp.testkit.tools.ToolMetadataGolden;
import io.arangomcp.testkit.tools.ToolPackHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndexingPackTest {
    private static final ToolPackHarness PACK = ToolPackHarness.load("indexing");

    static List<String> toolNames() {
        return PACK.toolNames();
    }

    @Test
    void loadsThroughServiceLoaderAndFollowsTheSpiRules() {
        assertThat(PACK.pack()).isInstanceOf(IndexingPack.class);
        assertThat(PACK.violations()).isEmpty();
        assertThat(PACK.pack().description()).isNotBlank();
    }

    @Test
    void listsItsToolsInTheReferenceOrder() {
        assertThat(PACK.toolNames()).containsExactly("arango_list_indexes", "arango_create_index",
                "arango_delete_index");
    }

    @Test
    void everyToolWorksOnTheResolvedDatabaseInCategoryIndexing() {
        for (Tool<?, ?> tool : PACK.pack().tools()) {
            assertThat(tool.spec().databaseScoped()).as(tool.spec().name()).isTrue();
            assertThat(tool.spec().category()).isEqualTo(IndexingPack.CATEGORY);
            assertThat(tool.spec()).isSameAs(tool.spec());
        }
    }

    @ParameterizedTest
    @MethodSource("toolNames")
    void metadataIsPinned(String tool) {
        ToolMetadataGolden.assertPinned(PACK, tool);
    }
}
