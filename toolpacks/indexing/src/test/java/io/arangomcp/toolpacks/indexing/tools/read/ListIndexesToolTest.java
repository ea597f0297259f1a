package io.arangomcp.toolpacks.indexing.tools.read;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.IndexInfo;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.indexing.IndexingPack;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ListIndexesToolTest {
    private static final String TOOL = "arango_list_indexes";
    private final ToolPackHarness pack = ToolPackHarness.of(new IndexingPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db).build();

    @Test
    void listsEveryIndexWithItsFullIdAndEstimate() {
        when(db.indexes("users")).thenReturn(List.of(
                new IndexInfo("users/0", "primary", "primary", List.of("_key"), true, false, 1.0, false, Map.of()),
                new IndexInfo("users/77", "idx_email", "persistent", List.of("email"), true, false, 0.5, false,
                        Map.of("deduplicate", true))));

        Map<String, Object> r = pack.call(TOOL, Map.of("collection", "users"), context);

        assertThat(r).containsEntry("collection", "users").containsEntry("total", 2);
        assertThat((List<?>) r.get("indexes")).last().isEqualTo(Map.of("id", "users/77", "name", "idx_email",
                "type", "persistent", "fields", List.of("email"), "unique", true, "sparse", false,
                "selectivityEstimate", 0.5, "options", Map.of("deduplicate", true)));
    }

    @Test
    void anUnknownCollectionIsNotFound() {
        when(db.indexes("nope")).thenThrow(ArangoErrors.DATA_SOURCE_NOT_FOUND.error());

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("collection", "nope"), context))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void refusesInvalidArguments() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("collection", "")))
                .isInstanceOf(ArangoMcpException.class).hasMessageContaining("'collection'");
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of()))
                .isInstanceOf(ArangoMcpException.class).hasMessageContaining("'collection' is required");
    }
}
