package io.arangomcp.toolpacks.indexing.tools.delete;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.indexing.IndexingPack;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class DeleteIndexToolTest {
    private static final String TOOL = "arango_delete_index";
    private final ToolPackHarness pack = ToolPackHarness.of(new IndexingPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db).build();

    @Test
    void deletesByIdBareIdOrNameAndReportsTheFullId() {
        when(db.dropIndex("users", "idx_email")).thenReturn("users/77");
        when(db.dropIndex("users", "77")).thenReturn("users/77");

        assertThat(pack.call(TOOL, Map.of("collection", "users", "id_or_name", "idx_email"), context))
                .isEqualTo(Map.of("deleted", true, "id", "users/77", "collection", "users"));
        assertThat(pack.call(TOOL, Map.of("collection", "users", "index_id", "77"), context))
                .containsEntry("id", "users/77");
    }

    @Test
    void anUnknownIndexIsNotFound() {
        when(db.dropIndex("users", "x")).thenThrow(ArangoErrors.INDEX_NOT_FOUND.error());

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("collection", "users", "id_or_name", "x"), context))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void refusesInvalidArguments() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("collection", "users")))
                .isInstanceOf(ArangoMcpException.class).hasMessageContaining("'id_or_name' is required");
    }
}
