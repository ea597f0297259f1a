package io.arangomcp.toolpacks.backup.tools.admin;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;
import io.arangomcp.toolpacks.backup.BackupTestbed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@SuppressWarnings("unchecked")
class RestoreGraphToolTest {
    private static final String TOOL = "arango_restore_graph";
    /** graph_metadata.json as the reference server (python-arango) writes it. */
    private static final String METADATA = "{\n  \"graph_name\": \"social\",\n  \"graph_properties\": {\n"
            + "    \"id\": \"_graphs/social\", \"name\": \"social\", \"orphan_collections\": [\"places\"],\n"
            + "    \"edge_definitions\": [{\"edge_collection\": \"knows\", \"from_vertex_collections\": [\"persons\"],"
            + " \"to_vertex_collections\": [\"persons\"]}]\n  },\n  \"backup_timestamp\": \"2025-01-01T10:00:00\"\n}";
    @TempDir
    Path tmp;
    private BackupTestbed bed;

    @BeforeEach
    void aReferenceBackup() {
        bed = new BackupTestbed(tmp);
        bed.write("g/vertices/persons.json", "[\n  {\"_key\": \"a\", \"name\": \"Ada\"},\n  {\"_key\": \"b\"}\n]");
        bed.write("g/vertices/places.json", "[\n]");
        bed.write("g/edges/knows.json", "[\n  {\"_key\": \"1\", \"_from\": \"persons/a\", \"_to\": \"persons/b\"},"
                + "\n  {\"_key\": \"2\", \"_from\": \"persons/a\", \"_to\": \"persons/zed\"}\n]");
        bed.write("g/graph_metadata.json", METADATA);
        when(bed.db.collections()).thenReturn(List.of());
        when(bed.db.graph(any())).thenThrow(new DatabaseError(404, 1924, "graph not found"));
        when(bed.db.document("persons", "zed")).thenThrow(ArangoErrors.DOCUMENT_NOT_FOUND.error());
    }

    @Test
    void restoresAReferenceBackupIntoAnEmptyDatabase() {
        bed.acceptingInserts(List.of(), false);

        Map<String, Object> r = bed.pack.call(TOOL, Map.of("inputDir", "g"), bed.context);

        assertThat(r).containsEntry("graph_name", "social").containsEntry("original_graph_name", "social")
                .containsEntry("graph_created", true).containsEntry("total_documents_restored", 4L)
                .containsEntry("input_dir", "g").containsEntry("conflicts", List.of());
        assertThat((List<Map<String, Object>>) r.get("restored_vertices")).extracting(c -> c.get("collection"))
                .containsExactly("persons", "places");
        assertThat(r.get("integrity_report")).isEqualTo(Map.of("checked_edges", 2L, "orphaned_edges", 1L,
                "examples", List.of("knows/2")));
        verify(bed.db).createCollection("knows", CollectionSpec.of(CollectionType.EDGE));
        verify(bed.db).createGraph(new GraphInfo("social", List.of(new EdgeDefinition("knows", List.of("persons"),
                List.of("persons"))), List.of("places")));
    }

    @Test
    void errorModeWritesNothingWhenDataWouldConflict() {
        when(bed.db.collections()).thenReturn(List.of(BackupTestbed.collection("persons", CollectionType.DOCUMENT,
                false)));
        when(bed.db.count("persons")).thenReturn(5L);

        assertThatThrownBy(() -> bed.pack.call(TOOL, Map.of("input_dir", "g"), bed.context))
                .isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.details()).containsEntry("occupied_collections", List.of("persons"));
                });
        verify(bed.db, never()).insertAll(any(), anyList(), any());
    }

    @Test
    void skipKeepsExistingDocumentsAndAnExistingGraph() {
        doReturn(BackupTestbed.SOCIAL).when(bed.db).graph("social");
        bed.acceptingInserts(List.of("a"), false);

        Map<String, Object> r = bed.pack.call(TOOL, Map.of("inputDir", "g", "conflictResolution", "skip",
                "validateIntegrity", false), bed.context);

        assertThat(r).containsEntry("graph_created", false).doesNotContainKey("integrity_report");
        assertThat((List<Map<String, Object>>) r.get("conflicts")).containsExactly(Map.of("collection", "persons",
                "_key", "a", "what", "skipped"));
        assertThat((List<Object>) r.get("notes")).hasSize(1);
        verify(bed.db, never()).createGraph(any());
    }

    @Test
    void overwriteReplacesDocumentsAndRecreatesTheGraphDefinition() {
        doReturn(BackupTestbed.SOCIAL).when(bed.db).graph("social");
        bed.acceptingInserts(List.of("a"), true);

        Map<String, Object> r = bed.pack.call(TOOL, Map.of("inputDir", "g", "conflict_resolution", "overwrite"),
                bed.context);

        assertThat((List<Map<String, Object>>) r.get("restored_vertices")).first().satisfies(c -> assertThat(c)
                .containsEntry("inserted", 1L).containsEntry("updated", 1L));
        verify(bed.db).dropGraph("social", false);
        assertThat(r).containsEntry("graph_created", true);
    }

    @Test
    void aPrefixRestoresACopyBesideTheOriginalWithEdgesRewritten() {
        bed.acceptingInserts(List.of(), false);

        Map<String, Object> r = bed.pack.call(TOOL, Map.of("inputDir", "g", "graphName", "social_copy",
                "collection_prefix", "copy_", "validateIntegrity", false), bed.context);

        assertThat(r).containsEntry("graph_name", "social_copy");
        assertThat(bed.inserted.get("copy_knows")).first().isEqualTo(Map.of("_key", "1", "_from", "copy_persons/a",
                "_to", "copy_persons/b"));
        verify(bed.db).createGraph(new GraphInfo("social_copy", List.of(new EdgeDefinition("copy_knows",
                List.of("copy_persons"), List.of("copy_persons"))), List.of("copy_places")));
    }

    @Test
    void aBackupWithoutMetadataRestoresWithAGraphNameAndAnInferredDefinition() {
        bed.write("bare/vertices/persons.json", "[{\"_key\": \"a\"}, {\"_key\": \"b\"}]");
        bed.write("bare/vertices/cities.json", "[{\"_key\": \"x\"}]");
        bed.write("bare/edges/knows.json", "[{\"_key\": \"1\", \"_from\": \"persons/a\", \"_to\": \"persons/b\"}, 7]");
        bed.acceptingInserts(List.of(), false);

        assertThatThrownBy(() -> bed.pack.call(TOOL, Map.of("inputDir", "bare"), bed.context))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS));
        Map<String, Object> r = bed.pack.call(TOOL, Map.of("inputDir", "bare", "graphName", "rebuilt"), bed.context);

        verify(bed.db).createGraph(new GraphInfo("rebuilt", List.of(new EdgeDefinition("knows", List.of("persons"),
                List.of("persons"))), List.of("cities")));
        assertThat((List<Map<String, Object>>) r.get("errors")).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("what", "an element of the file is not a document"));
        assertThat(r).doesNotContainKey("original_graph_name");
    }

    @Test
    void unreadableFilesAndFailingDocumentsAreReportedPerCollection() {
        bed.write("g/vertices/persons.json", "[{\"_key\": \"a\"} oops");
        bed.acceptingInserts(List.of(), false);
        when(bed.db.insertAll(org.mockito.ArgumentMatchers.eq("knows"), anyList(), any())).thenReturn(List.of(
                io.arangomcp.ports.out.gateway.BulkItemResult.failure(ArangoErrors.DOCUMENT_KEY_BAD.error()),
                io.arangomcp.ports.out.gateway.BulkItemResult.failure(ArangoErrors.DOCUMENT_KEY_BAD.error())));

        Map<String, Object> r = bed.pack.call(TOOL, Map.of("inputDir", "g"), bed.context);

        assertThat((List<Map<String, Object>>) r.get("errors")).hasSize(3).first().satisfies(e -> assertThat(e)
                .containsEntry("collection", "persons"));
        assertThat(r.get("integrity_report")).isEqualTo(Map.of("checked_edges", 0L, "orphaned_edges", 0L,
                "examples", List.of()));
    }

    @Test
    void refusesMissingOrForeignDirectories() {
        assertThatThrownBy(() -> bed.pack.call(TOOL, Map.of("inputDir", "nothing"), bed.context))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> bed.pack.call(TOOL, Map.of("inputDir", tmp.toString()), bed.context))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        bed.write("empty/readme.txt", "x");
        assertThatThrownBy(() -> bed.pack.call(TOOL, Map.of("inputDir", "empty"), bed.context))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        bed.write("badmeta/edges/e.json", "[]");
        bed.write("badmeta/graph_metadata.json", "[1]");
        assertThatThrownBy(() -> bed.pack.call(TOOL, Map.of("inputDir", "badmeta"), bed.context))
                .hasMessageContaining("not a JSON object");
        bed.write("badmeta/graph_metadata.json", "{\"graph_name\": \"x\", \"graph_properties\": "
                + "{\"edge_definitions\": [{}]}}");
        assertThatThrownBy(() -> bed.pack.call(TOOL, Map.of("inputDir", "badmeta"), bed.context))
                .hasMessageContaining("no usable graph definition");
        bed.write("badmeta/graph_metadata.json", "{oops");
        assertThatThrownBy(() -> bed.pack.call(TOOL, Map.of("inputDir", "badmeta"), bed.context))
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> bed.pack.bind(TOOL, Map.of("conflictResolution", "merge")))
                .hasMessageContaining("'inputDir' is required").hasMessageContaining("'conflictResolution'");
    }
}
