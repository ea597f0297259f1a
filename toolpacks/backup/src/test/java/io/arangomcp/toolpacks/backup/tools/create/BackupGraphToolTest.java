package io.arangomcp.toolpacks.backup.tools.create;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;
import io.arangomcp.toolpacks.backup.BackupTestbed;
import io.arangomcp.toolpacks.backup.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

@SuppressWarnings("unchecked")
class BackupGraphToolTest {
    private static final String TOOL = "arango_backup_graph";
    @TempDir
    Path tmp;

    @Test
    void writesVerticesEdgesMetadataAndReport() {
        BackupTestbed bed = new BackupTestbed(tmp).withSocialData();

        Map<String, Object> r = bed.pack.call(TOOL, Map.of("graph_name", "social"), bed.context);

        String dir = "graph_backups/social_20250101_000000";
        assertThat(r).containsEntry("output_dir", dir).containsEntry("total_vertex_collections", 2)
                .containsEntry("total_edge_collections", 1).containsEntry("total_documents", 3L)
                .containsEntry("metadata_included", true);
        assertThat(bed.read(dir + "/edges/knows.json")).contains("\"_from\":\"persons/a\"");
        Map<String, Object> metadata = (Map<String, Object>) new JsonReader(new StringReader(
                bed.read(dir + "/graph_metadata.json"))).readValue();
        assertThat(metadata).containsEntry("graph_name", "social").containsEntry("edge_collections", List.of("knows"));
        assertThat((Map<String, Object>) metadata.get("graph_properties")).containsEntry("orphan_collections",
                List.of("places"));
        assertThat(bed.read(dir + "/backup_report.json")).contains("\"graph_name\": \"social\"");
    }

    @Test
    void skipsMetadataWhenAskedAndReportsMissingCollections() {
        BackupTestbed bed = new BackupTestbed(tmp).withSocialData();
        when(bed.db.graph("wide")).thenReturn(new GraphInfo("wide", List.of(new EdgeDefinition("knows",
                List.of("persons"), List.of("robots"))), List.of()));

        Map<String, Object> r = bed.pack.call(TOOL, Map.of("graphName", "wide", "outputDir", "w",
                "includeMetadata", false, "docLimit", 1), bed.context);

        assertThat(r).containsEntry("missing_collections", List.of("robots")).containsEntry("metadata_included", false);
        assertThat(Files.exists(bed.backups.root().resolve("w/graph_metadata.json"))).isFalse();
    }

    @Test
    void anUnknownGraphIsNotFound() {
        BackupTestbed bed = new BackupTestbed(tmp).withSocialData();
        when(bed.db.graph("nope")).thenThrow(new DatabaseError(404, 1924, "graph 'nope' not found"));

        assertThatThrownBy(() -> bed.pack.call(TOOL, Map.of("graph_name", "nope"), bed.context))
                .isInstanceOf(ArangoMcpException.class);
        assertThatThrownBy(() -> bed.pack.bind(TOOL, Map.of())).hasMessageContaining("'graph_name' is required");
    }
}
