package io.arangomcp.app.catalog;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static io.arangomcp.app.catalog.MemoryServer.list;
import static io.arangomcp.app.catalog.MemoryServer.map;
import static org.assertj.core.api.Assertions.assertThat;

/** The backup pack on the memory backend (no AQL needed): a graph round trip inside the backup directory. */
class BackupToolsTest {
    @TempDir
    java.nio.file.Path cwd;
    private MemoryServer server;

    @BeforeEach
    void start() {
        server = MemoryServer.start(cwd, "full");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aGraphBackupRestoresBesideTheOriginal() {
        Map<String, Object> backup = server.ok("arango_backup_graph", Map.of("graph_name", "social",
                "outputDir", "social1"));
        assertThat(backup).containsEntry("total_documents", 48L);
        assertThat(Files.exists(server.backups.resolve("social1/graph_metadata.json"))).isTrue();

        Map<String, Object> restored = server.ok("arango_restore_graph", Map.of("inputDir", "social1",
                "graphName", "social_copy", "collection_prefix", "copy_"));

        assertThat(restored).containsEntry("graph_created", true).containsEntry("total_documents_restored", 48L);
        assertThat(map(restored.get("integrity_report"))).containsEntry("orphaned_edges", 0L);
        assertThat(server.gateway().count("copy_knows")).isEqualTo(32);
        assertThat(server.gateway().graph("social_copy").edgeCollections()).containsExactly("copy_knows");
        assertThat(server.error("arango_restore_graph", Map.of("inputDir", "social1")).code()).isEqualTo("CONFLICT");
    }

    @Test
    void collectionBackupsLeaveSystemCollectionsOutAndStayInTheBackupDirectory() {
        Map<String, Object> r = server.ok("arango_backup", Map.of("outputDir", "all"));

        assertThat(list(r.get("written"))).extracting(e -> map(e).get("collection"))
                .containsExactly("persons", "knows", "cities", "roads");
        assertThat(server.error("arango_backup", Map.of("outputDir", "../outside")).code()).isEqualTo("ACCESS_DENIED");
        assertThat(server.error("arango_backup", Map.of("outputDir", "all")).code()).isEqualTo("CONFLICT");
        assertThat(server.ok("arango_backup_named_graphs", Map.of("graph_names", List.of("routes"))))
                .containsEntry("graphs_backed_up", 1);
    }
}
