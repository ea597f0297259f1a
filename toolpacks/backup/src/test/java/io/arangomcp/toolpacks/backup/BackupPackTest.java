package io.arangomcp.toolpacks.backup;

import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.testkit.tools.ToolMetadataGolden;
import io.arangomcp.testkit.tools.ToolPackHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BackupPackTest {
    private static final ToolPackHarness PACK = ToolPackHarness.load("backup");

    static List<String> toolNames() {
        return PACK.toolNames();
    }

    @Test
    void loadsThroughServiceLoaderAndFollowsTheSpiRules() {
        assertThat(PACK.pack()).isInstanceOf(BackupPack.class);
        assertThat(PACK.violations()).isEmpty();
        assertThat(PACK.pack().description()).isNotBlank();
    }

    @Test
    void listsItsToolsInTheReferenceOrder() {
        assertThat(PACK.toolNames()).containsExactly("arango_backup", "arango_backup_graph", "arango_restore_graph",
                "arango_backup_named_graphs");
    }

    @Test
    void backupsWorkOnReadOnlyDatabasesAndRestoresDoNot() {
        for (Tool<?, ?> tool : PACK.pack().tools()) {
            assertThat(tool.spec().databaseScoped()).as(tool.spec().name()).isTrue();
            boolean restore = tool.spec().name().equals("arango_restore_graph");
            assertThat(tool.spec().kind()).isEqualTo(restore ? OperationKind.ADMIN : OperationKind.EXPORT);
            assertThat(tool.spec().kind().writes()).isEqualTo(restore);
        }
        assertThat(PACK.tool("arango_backup").spec().category()).isEqualTo(BackupPack.CORE_DATA);
        assertThat(PACK.tool("arango_backup_graph").spec().category()).isEqualTo(BackupPack.GRAPH_ADVANCED);
    }

    @ParameterizedTest
    @MethodSource("toolNames")
    void metadataIsPinned(String tool) {
        ToolMetadataGolden.assertPinned(PACK, tool);
    }
}
