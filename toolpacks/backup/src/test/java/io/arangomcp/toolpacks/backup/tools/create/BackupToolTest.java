package io.arangomcp.toolpacks.backup.tools.create;

import io.arangomcp.domain.error.ArangoErrors;
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
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

@SuppressWarnings("unchecked")
class BackupToolTest {
    private static final String TOOL = "arango_backup";
    @TempDir
    Path tmp;

    @Test
    void writesEveryUserCollectionInTheReferenceLayoutUnderATimestampedDirectory() {
        BackupTestbed bed = new BackupTestbed(tmp).withSocialData();

        Map<String, Object> r = bed.pack.call(TOOL, Map.of(), bed.context);

        assertThat(r).containsEntry("output_dir", "20250101_000000").containsEntry("total_collections", 3)
                .containsEntry("total_documents", 3L).containsEntry("missing_collections", List.of());
        assertThat((List<Map<String, Object>>) r.get("written")).extracting(e -> e.get("path")).containsExactly(
                "20250101_000000/persons.json", "20250101_000000/knows.json", "20250101_000000/places.json");
        assertThat(bed.read("20250101_000000/persons.json")).isEqualTo("[\n  {\"_key\":\"a\",\"_id\":\"persons/a\","
                + "\"name\":\"Ada\"},\n  {\"_key\":\"b\",\"_id\":\"persons/b\",\"name\":\"Bob\"}\n]");
        assertThat(bed.read("20250101_000000/places.json")).isEqualTo("[\n]");
        assertThat(new BackupTool().text(new BackupTool.Result("d", List.of(), 0, 0, List.of("x"))))
                .isEqualTo("Backed up 0 collection(s), 0 document(s), to d; missing: x.");
    }

    @Test
    void backsUpNamedCollectionsWithALimitAndReportsMissingOnes() {
        BackupTestbed bed = new BackupTestbed(tmp).withSocialData();

        Map<String, Object> r = bed.pack.call(TOOL, Map.of("output_dir", "nightly/run1", "collections",
                List.of("persons", "ghosts"), "doc_limit", 1), bed.context);

        assertThat(r).containsEntry("output_dir", "nightly/run1").containsEntry("missing_collections",
                List.of("ghosts"));
        assertThat((List<Map<String, Object>>) r.get("written")).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("count", 1L).containsEntry("truncated", true));
        assertThat(bed.read("nightly/run1/persons.json")).isEqualTo("[\n  {\"_key\":\"a\",\"_id\":\"persons/a\","
                + "\"name\":\"Ada\"}\n]");
        Map<String, Object> single = bed.pack.call(TOOL, Map.of("collection", "knows", "outputDir", "one"),
                bed.context);
        assertThat((List<Object>) single.get("written")).hasSize(1);
        Map<String, Object> system = bed.pack.call(TOOL, Map.of("include_system", true, "outputDir", "all"),
                bed.context);
        assertThat(system).containsEntry("total_collections", 4);
    }

    @Test
    void aFailingCollectionIsReportedAndTheOthersAreWritten() {
        BackupTestbed bed = new BackupTestbed(tmp).withSocialData();
        when(bed.db.documents(eq("knows"), anyInt())).thenThrow(ArangoErrors.DATA_SOURCE_NOT_FOUND.error());

        Map<String, Object> r = bed.pack.call(TOOL, Map.of("collections", List.of("persons", "knows")), bed.context);

        assertThat((List<Map<String, Object>>) r.get("written")).extracting(e -> e.get("error"))
                .containsExactly(null, "collection or view not found");
        assertThat(r).containsEntry("total_documents", 2L);
    }

    @Test
    void refusesPathsOutsideTheBackupDirectoryAndExistingBackups() {
        BackupTestbed bed = new BackupTestbed(tmp).withSocialData();
        for (String escape : List.of("../escape", tmp.resolve("elsewhere").toString(), "a/../../b")) {
            assertThatThrownBy(() -> bed.pack.call(TOOL, Map.of("outputDir", escape), bed.context))
                    .as(escape).isInstanceOfSatisfying(ArangoMcpException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        }
        bed.pack.call(TOOL, Map.of("outputDir", "once"), bed.context);
        assertThatThrownBy(() -> bed.pack.call(TOOL, Map.of("outputDir", "once"), bed.context))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        bed.write("plain", "x");
        assertThatThrownBy(() -> bed.pack.call(TOOL, Map.of("outputDir", "plain"), bed.context))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThatThrownBy(() -> bed.pack.bind(TOOL, Map.of("docLimit", 0))).hasMessageContaining("'docLimit'");
    }
}
