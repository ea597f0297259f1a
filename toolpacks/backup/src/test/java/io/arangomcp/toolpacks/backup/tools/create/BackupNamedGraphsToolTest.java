package io.arangomcp.toolpacks.backup.tools.create;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.toolpacks.backup.BackupTestbed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupNamedGraphsToolTest {
    private static final String TOOL = "arango_backup_named_graphs";
    @TempDir
    Path tmp;

    @Test
    void writesTheDefinitionsOfTheRequestedGraphs() {
        BackupTestbed bed = new BackupTestbed(tmp).withSocialData();

        Map<String, Object> r = bed.pack.call(TOOL, Map.of("graph_names", List.of("social", "gone")), bed.context);

        assertThat(r).containsEntry("output_file", "named_graphs_backup_20250101_000000.json")
                .containsEntry("graphs_backed_up", 1).containsEntry("missing_graphs", List.of("gone"));
        String text = bed.read("named_graphs_backup_20250101_000000.json");
        assertThat(text).contains("\"total_graphs\": 1").contains("\"edge_collection\": \"knows\"");
        assertThat(r.get("backup_size_bytes")).isEqualTo((long) text.length());
    }

    @Test
    void writesEveryGraphIntoANestedFileButNeverOverAnExistingOne() {
        BackupTestbed bed = new BackupTestbed(tmp).withSocialData();

        assertThat(bed.pack.call(TOOL, Map.of("outputFile", "defs/all.json"), bed.context))
                .containsEntry("graphs_backed_up", 1).containsEntry("output_file", "defs/all.json");
        assertThatThrownBy(() -> bed.pack.call(TOOL, Map.of("outputFile", "defs/all.json"), bed.context))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThatThrownBy(() -> bed.pack.call(TOOL, Map.of("outputFile", "/etc/graphs.json"), bed.context))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        assertThatThrownBy(() -> bed.pack.bind(TOOL, Map.of("graphNames", "social")))
                .hasMessageContaining("must be an array");
    }
}
