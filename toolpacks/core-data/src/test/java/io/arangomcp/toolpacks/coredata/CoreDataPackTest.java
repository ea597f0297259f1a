package io.arangomcp.toolpacks.coredata;

import io.arangomcp.ports.spi.Tool;
import io.arangomcp.testkit.tools.ToolMetadataGolden;
import io.arangomcp.toolpacks.coredata.tools.create.AddVertexTool;
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
                "arango_update", "arango_remove", "arango_create_collection", "arango_add_vertex");
    }

    @Test
    void everyToolWorksOnTheResolvedDatabaseInCategoryCoreData() {
        for (Tool<?, ?> tool : PACK.pack().tools()) {
            assertThat(tool.spec().databaseScoped()).as(tool.spec().name()).isTrue();
            assertThat(tool.spec().category()).isEqualTo(tool.spec().aliasOf() == null ? CoreDataPack.CATEGORY
                    : AddVertexTool.ALIASES);
            assertThat(tool.spec()).isSameAs(tool.spec());
        }
    }

    @Test
    void addVertexIsAnAliasOfInsert() {
        Tool<?, ?> alias = PACK.tool("arango_add_vertex");
        assertThat(alias.spec().aliasOf()).isEqualTo("arango_insert");
        assertThat(alias.argumentsType()).isEqualTo(PACK.tool("arango_insert").argumentsType());
        assertThat(alias.resultType()).isEqualTo(PACK.tool("arango_insert").resultType());
        assertThat(alias.spec().kind()).isEqualTo(PACK.tool("arango_insert").spec().kind());
    }

    @ParameterizedTest
    @MethodSource("toolNames")
    void metadataIsPinned(String tool) {
        ToolMetadataGolden.assertPinned(PACK, tool);
    }
}
