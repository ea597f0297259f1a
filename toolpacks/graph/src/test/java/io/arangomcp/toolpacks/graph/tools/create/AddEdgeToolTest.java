package io.arangomcp.toolpacks.graph.tools.create;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.graph.GraphPack;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AddEdgeToolTest {
    private static final String TOOL = "arango_add_edge";
    private final ToolPackHarness pack = ToolPackHarness.of(new GraphPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db).build();

    @Test
    void insertsAnEdgeBetweenExistingVerticesWithItsAttributes() {
        when(db.document("persons", "a")).thenReturn(Map.of());
        when(db.document("persons", "b")).thenReturn(Map.of());
        Map<String, Object> edge = Map.of("since", 2020, "_from", "persons/a", "_to", "persons/b");
        when(db.insert("knows", edge, WriteOptions.defaults()))
                .thenReturn(new WriteResult("knows/1", "1", "r", null, null, null));

        assertThat(pack.call(TOOL, Map.of("collection", "knows", "from_id", "persons/a", "to", "persons/b",
                "attributes", Map.of("since", 2020, "_from", "elsewhere/x")), context))
                .isEqualTo(Map.of("_id", "knows/1", "_key", "1", "_rev", "r", "_from", "persons/a",
                        "_to", "persons/b"));
    }

    @Test
    void refusesEdgesToMissingVerticesUnlessToldNotToCheck() {
        when(db.document("persons", "a")).thenReturn(Map.of());
        when(db.document("persons", "ghost")).thenThrow(ArangoErrors.DOCUMENT_NOT_FOUND.error());

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("collection", "knows", "from_id", "persons/a",
                "to_id", "persons/ghost"), context)).isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo("vertices do not exist: persons/ghost");
                });
        verify(db, never()).insert(any(), anyMap(), any());

        when(db.insert(any(), anyMap(), any())).thenReturn(new WriteResult("knows/2", "2", "r", null, null, null));
        assertThat(pack.call(TOOL, Map.of("collection", "knows", "from_id", "persons/a", "to_id", "persons/ghost",
                "check_vertices", false), context)).containsEntry("_key", "2");
    }

    @Test
    void refusesIdsThatAreNotIdsAndOtherFailures() {
        assertThatThrownBy(() -> pack.call(TOOL, Map.of("collection", "knows", "from_id", "alice",
                "to_id", "persons/b"), context)).isInstanceOfSatisfying(ArangoMcpException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS));
        when(db.document("persons", "a")).thenThrow(ArangoErrors.INTERNAL.error());
        assertThatThrownBy(() -> pack.call(TOOL, Map.of("collection", "knows", "from_id", "persons/a",
                "to_id", "persons/b"), context)).isInstanceOfSatisfying(ArangoMcpException.class,
                e -> assertThat(e.code()).isNotEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("collection", "knows")))
                .hasMessageContaining("'from_id' is required").hasMessageContaining("'to_id' is required");
    }
}
