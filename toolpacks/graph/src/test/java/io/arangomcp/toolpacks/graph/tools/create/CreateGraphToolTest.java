package io.arangomcp.toolpacks.graph.tools.create;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.GraphInfo;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.graph.GraphFixtures;
import io.arangomcp.toolpacks.graph.GraphPack;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CreateGraphToolTest {
    private static final String TOOL = "arango_create_graph";
    private static final DatabaseError GRAPH_NOT_FOUND = new DatabaseError(404, 1924, "graph 'social' not found");
    private final ToolPackHarness pack = ToolPackHarness.of(new GraphPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db).build();
    private final Map<String, Object> arguments = Map.of("name", "social", "edge_definitions",
            List.of(Map.of("edge_collection", "knows", "from_collections", List.of("persons"),
                    "to_collections", List.of("persons"))), "orphan_collections", List.of("places"));

    @Test
    void createsTheGraphAndReturnsItAsStored() {
        when(db.graph("social")).thenThrow(GRAPH_NOT_FOUND);
        when(db.createGraph(GraphFixtures.SOCIAL)).thenReturn(GraphFixtures.SOCIAL);

        Map<String, Object> r = pack.call(TOOL, arguments, context);

        assertThat(r).containsEntry("created", true);
        assertThat(r.get("graph")).isEqualTo(Map.of("name", "social", "edge_definitions", List.of(Map.of(
                "edge_collection", "knows", "from_collections", List.of("persons"), "to_collections",
                List.of("persons"))), "orphan_collections", List.of("places"),
                "vertex_collections", List.of("persons", "places"), "edge_collections", List.of("knows")));
    }

    @Test
    void anExistingGraphIsReturnedUntouched() {
        when(db.graph("social")).thenReturn(GraphFixtures.SOCIAL);

        assertThat(pack.call(TOOL, arguments, context)).containsEntry("created", false);
        verify(db, never()).createGraph(any());
    }

    @Test
    void withoutCreatingCollectionsTheyMustExist() {
        when(db.graph("social")).thenThrow(GRAPH_NOT_FOUND);
        when(db.collections()).thenReturn(List.of(GraphFixtures.collection("persons", CollectionType.DOCUMENT)));

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("name", "social", "edge_definitions", List.of(Map.of(
                "collection", "knows", "from", List.of("persons"), "to", List.of("cities"))),
                "create_collections", false), context))
                .isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.details()).containsEntry("missing_collections", List.of("knows", "cities"));
                });
        verify(db, never()).createGraph(any());

        when(db.collections()).thenReturn(GraphFixtures.socialCollections());
        when(db.createGraph(any(GraphInfo.class))).thenReturn(GraphFixtures.SOCIAL);
        assertThat(pack.call(TOOL, Map.of("name", "social", "edge_definitions", List.of(Map.of(
                "collection", "knows", "from", List.of("persons"), "to", List.of("persons"))),
                "create_collections", false), context)).containsEntry("created", true);
    }

    @Test
    void otherLookupFailuresAreNotHidden() {
        when(db.graph("social")).thenThrow(ArangoErrors.INTERNAL.error());

        assertThatThrownBy(() -> pack.call(TOOL, arguments, context)).isInstanceOf(DatabaseError.class);
    }

    @Test
    void refusesInvalidArguments() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("name", "g", "edge_definitions",
                List.of(Map.of("edge_collection", "e", "from_collections", List.of())))))
                .hasMessageContaining("'edge_definitions[0].from_collections'")
                .hasMessageContaining("'edge_definitions[0].to_collections' is required");
    }
}
