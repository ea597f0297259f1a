package io.arangomcp.toolpacks.coredata;

import io.arangomcp.ports.spi.Tool;
import io.arangomcp.testkit.tools.ToolMetadataGolden;
import io.arangomcp.testkit.tools.ToolPackHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CoreDataPackTest {
    private static final ToolPackHarness PACK = ToolPackHarness.load("core-data");

    static List<String> toolNames() {
        return PACK.toolNames();
    }

    @Test
    void loadsThroughServiceLoaderAndFollowsTheSpiRules() {
        assertThat(PACK.pack()).isInstanceOf(CoreDataPack.class);
        assertThat(PACK.violations()).isEmpty();
        assertThat(PACK.pack().description()).isNotBlank();
    }

    @Test
    void listsItsToolsInTheReferenceOrder() {
        assertThat(PACK.toolNames()).containsExactly("arango_query", "arango_list_collections", "arango_insert",
                "arango_update", "arango_remove", "arango_create_collection");
    }

    @Test
    void everyToolWorksOnTheResolvedDatabaseInCategoryCoreData() {
        for (Tool<?, ?> tool : PACK.pack().tools()) {
            assertThat(tool.spec().databaseScoped()).as(tool.spec().name()).isTrue();
            assertThat(tool.spec().category()).isEqualTo(CoreDataPack.CATEGORY);
            assertThat(tool.spec()).isSameAs(tool.spec());
        }
    }

    @ParameterizedTest
    @MethodSource("toolNames")
    void metadataIsPinned(String tool) {
        ToolMetadataGolden.assertPinned(PACK, tool);
    }
}
