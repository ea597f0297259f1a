package io.arangomcp.toolpacks.validation;

import io.arangomcp.ports.spi.Tool;
import io.arangomcp.testkit.tools.ToolMetadataGolden;
import io.arangomcp.testkit.tools.ToolPackHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationPackTest {
    private static final ToolPackHarness PACK = ToolPackHarness.load("validation");

    static List<String> toolNames() {
        return PACK.toolNames();
    }

    @Test
    void loadsThroughServiceLoaderAndFollowsTheSpiRules() {
        assertThat(PACK.pack()).isInstanceOf(ValidationPack.class);
        assertThat(PACK.violations()).isEmpty();
        assertThat(PACK.pack().description()).isNotBlank();
    }

    @Test
    void listsItsToolsInTheReferenceOrder() {
        assertThat(PACK.toolNames()).containsExactly("arango_validate_references", "arango_insert_with_validation",
                "arango_bulk_insert", "arango_create_schema", "arango_validate_document", "arango_bulk_update");
    }

    @Test
    void everyToolWorksOnTheResolvedDatabaseInTheReferenceCategories() {
        for (Tool<?, ?> tool : PACK.pack().tools()) {
            assertThat(tool.spec().databaseScoped()).as(tool.spec().name()).isTrue();
            assertThat(tool.spec().category()).isIn(ValidationPack.CATEGORY, ValidationPack.SCHEMA_CATEGORY);
        }
        assertThat(PACK.tool("arango_bulk_update").spec().kind().destructiveHint()).isTrue();
        assertThat(PACK.tool("arango_validate_references").spec().kind().destructiveHint()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("toolNames")
    void metadataIsPinned(String tool) {
        ToolMetadataGolden.assertPinned(PACK, tool);
    }
}
