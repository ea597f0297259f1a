package io.arangomcp.toolpacks.multitenancy;

import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.testkit.tools.ToolMetadataGolden;
import io.arangomcp.testkit.tools.ToolPackHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class MultiTenancyPackTest {
    private static final ToolPackHarness PACK = ToolPackHarness.load("multi-tenancy");

    static List<String> toolNames() {
        return PACK.toolNames();
    }

    @Test
    void loadsThroughServiceLoaderAndFollowsTheSpiRules() {
        assertThat(PACK.pack()).isInstanceOf(MultiTenancyPack.class);
        assertThat(PACK.violations()).isEmpty();
        assertThat(PACK.pack().description()).isNotBlank();
    }

    @Test
    void everyToolIsServerScopedWithTheDocumentedKindAndCategory() {
        Map<String, String> kinds = PACK.pack().tools().stream().collect(Collectors.toMap(
                t -> t.spec().name(), t -> t.spec().kind() + " " + t.spec().category()));
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of(
                "arango_set_focused_database", "META multi_tenancy",
                "arango_get_focused_database", "META multi_tenancy",
                "arango_list_available_databases", "META multi_tenancy",
                "arango_get_database_resolution", "META multi_tenancy",
                "arango_test_database_connection", "READ multi_tenancy",
                "arango_get_multi_database_status", "READ multi_tenancy",
                "arango_database_status", "READ health"));
        for (Tool<?, ?> tool : PACK.pack().tools()) {
            assertThat(tool.spec().databaseScoped()).as(tool.spec().name()).isFalse();
            assertThat(tool.spec().kind().writes()).isFalse();
            assertThat(tool.spec().kind()).isIn(OperationKind.META, OperationKind.READ);
        }
    }

    @ParameterizedTest
    @MethodSource("toolNames")
    void metadataIsPinned(String tool) {
        ToolMetadataGolden.assertPinned(PACK, tool);
    }
}
