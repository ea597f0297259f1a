package io.arangomcp.toolpacks.validation.tools.update;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.ports.out.gateway.BulkItemResult;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.validation.ValidationPack;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class BulkUpdateToolTest {
    private static final String TOOL = "arango_bulk_update";
    private final ToolPackHarness pack = ToolPackHarness.of(new ValidationPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db).build();

    @Test
    void normalisesItemsAndCountsMissingKeysAndDocumentsAsFailures() {
        List<Map<String, Object>> sent = List.of(Map.of("_key", "a", "n", 1), Map.of("_key", "b", "n", 2));
        when(db.updateAll("items", sent, WriteOptions.defaults())).thenReturn(List.of(
                BulkItemResult.success(new WriteResult("items/a", "a", "r2", "r1", null, null)),
                BulkItemResult.failure(ArangoErrors.DOCUMENT_NOT_FOUND.error())));

        Map<String, Object> r = pack.call(TOOL, Map.of("collection", "items", "updates", List.of(
                Map.of("key", "a", "update", Map.of("n", 1, "_key", "ignored")), Map.of("_key", "b", "n", 2),
                Map.of("n", 3)), "on_error", "continue"), context);

        assertThat(r).containsEntry("total_updates", 3).containsEntry("updated_count", 1)
                .containsEntry("error_count", 2).containsEntry("success_rate", 1.0 / 3);
        assertThat(errors(r)).extracting(e -> e.get("index")).containsExactly(1, 2);
        verify(db).updateAll("items", sent, WriteOptions.defaults());
        assertThat(new BulkUpdateTool().text(new BulkUpdateTool.Result(3, 1, 2, 0, List.of(), false, 0.3, 1)))
                .isEqualTo("Updated 1 of 3 documents; 2 failed, 0 skipped.");
    }

    @Test
    void patchesKeepNullValues() {
        Map<String, Object> item = new HashMap<>();
        item.put("_key", "a");
        item.put("gone", null);
        assertThat(BulkUpdateTool.patch(item)).containsEntry("gone", null).containsEntry("_key", "a");
        assertThat(BulkUpdateTool.patch(Map.of("update", "not an object", "key", "k")))
                .isEqualTo(Map.of("_key", "k", "update", "not an object"));
    }

    @Test
    void refusesInvalidArguments() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("collection", "items", "updates", List.of(1))))
                .hasMessageContaining("'updates[0]' must be an object");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(Map<String, Object> result) {
        return (List<Map<String, Object>>) result.get("errors");
    }
}
