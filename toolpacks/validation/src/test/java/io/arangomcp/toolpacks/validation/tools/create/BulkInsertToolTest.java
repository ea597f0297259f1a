package io.arangomcp.toolpacks.validation.tools.create;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.ports.out.gateway.BulkItemResult;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.WriteResult;
import io.arangomcp.ports.spi.Limits;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.validation.ValidationPack;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class BulkInsertToolTest {
    private static final String TOOL = "arango_bulk_insert";
    private final ToolPackHarness pack = ToolPackHarness.of(new ValidationPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);

    private static BulkItemResult ok(String key) {
        return BulkItemResult.success(new WriteResult("items/" + key, key, "r", null, null, null));
    }

    @Test
    void countsEachDocumentAndCapsTheListedIds() {
        when(db.insertAll(eq("items"), anyList(), any())).thenReturn(List.of(ok("a"),
                BulkItemResult.failure(ArangoErrors.UNIQUE_CONSTRAINT_VIOLATED.error()), ok("c")));
        FakeToolContext context = FakeToolContext.builder().gateway("app", db)
                .limits(new Limits(1, 1 << 20, Duration.ofSeconds(5), 10)).build();

        Map<String, Object> r = pack.call(TOOL, Map.of("collection", "items", "documents",
                List.of(Map.of("_key", "a"), Map.of("_key", "a"), Map.of("_key", "c")), "on_error", "continue"),
                context);

        assertThat(r).containsEntry("total_documents", 3).containsEntry("inserted_count", 2)
                .containsEntry("error_count", 1).containsEntry("skipped_count", 0)
                .containsEntry("inserted_ids", List.of("items/a")).containsEntry("inserted_ids_truncated", true)
                .containsEntry("success_rate", 2.0 / 3).containsEntry("batches", 1);
        assertThat(errors(r)).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("index", 1).containsEntry("_key", "a").containsEntry("errorNum", 1210));
        assertThat(new BulkInsertTool().text(new BulkInsertTool.Result(3, 2, 1, 0, List.of(), false, List.of(),
                false, 0.6, 1))).isEqualTo("Inserted 2 of 3 documents; 1 failed, 0 skipped.");
    }

    @Test
    void validatesReferencesBeforeSending() {
        when(db.document("users", "1")).thenThrow(ArangoErrors.DOCUMENT_NOT_FOUND.error());
        when(db.document("users", "2")).thenThrow(ArangoErrors.DOCUMENT_NOT_FOUND.error());
        when(db.insertAll(eq("posts"), anyList(), any())).thenReturn(List.of(ok("p2")));
        FakeToolContext context = FakeToolContext.builder().gateway("app", db).build();

        Map<String, Object> r = pack.call(TOOL, Map.of("collection", "posts", "documents",
                List.of(Map.of("a", "users/1", "b", "users/2"), Map.of("_key", "p2")), "validate_refs", true,
                "reference_fields", List.of("a", "b"), "on_error", "continue"), context);

        assertThat(r).containsEntry("inserted_count", 1).containsEntry("error_count", 1);
        assertThat(errors(r)).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("code", "VALIDATION_FAILED")
                .containsEntry("message", "invalid reference in 'a' (users/1): document not found and 1 more"));
    }

    @Test
    void withoutNamedFieldsTheEdgeEndsAreChecked() {
        when(db.document("persons", "ghost")).thenThrow(ArangoErrors.DOCUMENT_NOT_FOUND.error());
        when(db.document("persons", "a")).thenReturn(Map.of());
        when(db.insertAll(eq("knows"), anyList(), any())).thenReturn(List.of(ok("k2")));
        FakeToolContext context = FakeToolContext.builder().gateway("app", db).build();

        Map<String, Object> r = pack.call(TOOL, Map.of("collection", "knows", "documents", List.of(
                Map.of("_from", "persons/a", "_to", "persons/ghost"), Map.of("_key", "k2", "_from", "persons/a",
                        "_to", "persons/a")), "validate_refs", true, "on_error", "continue"), context);

        assertThat(r).containsEntry("inserted_count", 1).containsEntry("error_count", 1);
        assertThat(errors(r)).singleElement().satisfies(e -> assertThat((String) e.get("message"))
                .contains("'_to' (persons/ghost)"));
    }

    @Test
    void refusesBadSizes() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("collection", "posts", "documents", List.of(),
                "batch_size", 0, "on_error", "skip"))).hasMessageContaining("'batch_size' must be at least 1")
                .hasMessageContaining("'on_error' must be one of");
    }

    @Test
    void anEmptyInputInsertsNothing() {
        FakeToolContext context = FakeToolContext.builder().gateway("app", db).build();
        assertThat(pack.call(TOOL, Map.of("collection", "posts", "documents", List.of()), context))
                .containsEntry("success_rate", 0.0).containsEntry("batches", 0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(Map<String, Object> result) {
        return (List<Map<String, Object>>) result.get("errors");
    }
}
