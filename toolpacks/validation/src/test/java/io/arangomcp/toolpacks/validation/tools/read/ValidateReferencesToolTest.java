package io.arangomcp.toolpacks.validation.tools.read;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.BulkItemResult;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ScriptedQueryCursor;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.validation.ValidationPack;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class ValidateReferencesToolTest {
    private static final String TOOL = "arango_validate_references";
    private final ToolPackHarness pack = ToolPackHarness.of(new ValidationPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final ScriptedQueryCursor cursor = ScriptedQueryCursor.of(
            List.of(row("p1", "author", "users/9", "document not found"), row("p2", "author", 5, "not a document id")),
            List.of(row("p3", "editor", "x", "not a document id")));

    private static Object row(String key, String field, Object value, String reason) {
        return Map.of("_id", "posts/" + key, "_key", key, "invalid_references",
                List.of(Map.of("field", field, "value", value, "reason", reason)));
    }

    private FakeToolContext context(boolean readOnly) {
        return FakeToolContext.builder().gateway("app", db).readOnly(readOnly).build();
    }

    @Test
    void reportsInvalidDocumentsWithBindParametersOnly() {
        when(db.count("posts")).thenReturn(10L);
        when(db.query(eq(ValidateReferencesTool.QUERY), eq(Map.of("@collection", "posts",
                "fields", List.of("author", "editor"))), any())).thenReturn(cursor);

        Map<String, Object> r = pack.call(TOOL, Map.of("collection", "posts",
                "reference_fields", List.of("author", "editor"), "max_results", 2), context(true));

        assertThat(r).containsEntry("total_checked", 10L).containsEntry("invalid_count", 3)
                .containsEntry("truncated", true).containsEntry("validation_passed", false)
                .doesNotContainKeys("fixed_count", "fix_action");
        assertThat((List<?>) r.get("invalid_documents")).hasSize(2).first().isEqualTo(Map.of("_id", "posts/p1",
                "_key", "p1", "invalid_references", List.of(Map.of("field", "author", "value", "users/9",
                        "reason", "document not found"))));
        assertThat(cursor.closed()).isTrue();
        assertThat(ValidateReferencesTool.QUERY).doesNotContain("posts").contains("@@collection", "@fields");
    }

    @Test
    void unsetsOnlyTheBadAttributesByDefault() {
        when(db.query(any(), any(), any())).thenReturn(cursor);
        when(db.updateAll(eq("posts"), anyList(), any())).thenReturn(List.of(
                BulkItemResult.success(new WriteResult("posts/p1", "p1", "r", null, null, null)),
                BulkItemResult.failure(ArangoErrors.DOCUMENT_NOT_FOUND.error())),
                List.of(BulkItemResult.success(new WriteResult("posts/p3", "p3", "r", null, null, null))));

        Map<String, Object> r = pack.call(TOOL, Map.of("collection", "posts", "reference_fields",
                List.of("author"), "fix_invalid", true), context(false));

        assertThat(r).containsEntry("fix_action", "unset_fields").containsEntry("fixed_count", 2)
                .containsEntry("fix_errors", 1);
        Map<String, Object> patch = new HashMap<>();
        patch.put("_key", "p3");
        patch.put("editor", null);
        verify(db).updateAll("posts", List.of(patch), WriteOptions.defaults().withKeepNull(false));
    }

    @Test
    void removesWholeDocumentsOnlyWhenAskedTo() {
        when(db.query(any(), any(), any())).thenReturn(ScriptedQueryCursor.of(
                List.of(row("p1", "author", "users/9", "document not found"))));
        when(db.removeAll(eq("posts"), eq(List.of("p1")), any())).thenReturn(List.of(
                BulkItemResult.success(new WriteResult("posts/p1", "p1", "r", null, null, null))));

        Map<String, Object> r = pack.call(TOOL, Map.of("collection", "posts", "reference_fields",
                List.of("author"), "fix_invalid", true, "fix_action", "remove_documents"), context(false));

        assertThat(r).containsEntry("fixed_count", 1).containsEntry("fix_errors", 0);
    }

    @Test
    void aCleanCollectionPasses() {
        when(db.query(any(), any(), any())).thenReturn(ScriptedQueryCursor.of());

        assertThat(pack.call(TOOL, Map.of("collection", "posts", "reference_fields", List.of("a"),
                "fix_invalid", true), context(false))).containsEntry("validation_passed", true)
                .containsEntry("invalid_documents", List.of()).containsEntry("fixed_count", 0);
    }

    @Test
    void repairsAreRefusedOnReadOnlyDatabases() {
        assertThatThrownBy(() -> pack.call(TOOL, Map.of("collection", "posts", "reference_fields", List.of("a"),
                "fix_invalid", true), context(true))).isInstanceOfSatisfying(ArangoMcpException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verifyNoInteractions(db);
    }

    @Test
    void refusesInvalidArguments() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("collection", "posts", "reference_fields", List.of(),
                "fix_action", "drop", "max_results", 0))).hasMessageContaining("'reference_fields'")
                .hasMessageContaining("'fix_action' must be one of").hasMessageContaining("'max_results'");
    }
}
