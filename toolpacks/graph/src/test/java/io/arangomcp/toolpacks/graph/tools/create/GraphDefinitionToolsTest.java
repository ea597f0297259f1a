package io.arangomcp.toolpacks.graph.tools.create;

import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.EdgeDefinition;
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
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** arango_add_vertex_collection and arango_add_edge_definition. */
@SuppressWarnings("unchecked")
class GraphDefinitionToolsTest {
    private final ToolPackHarness pack = ToolPackHarness.of(new GraphPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db).build();

    @Test
    void addsAVertexCollectionAndReturnsTheGraphAfterwards() {
        when(db.addVertexCollection("social", "places")).thenReturn(GraphFixtures.SOCIAL);

        Map<String, Object> r = pack.call("arango_add_vertex_collection",
                Map.of("graph", "social", "collection", "places"), context);

        assertThat(r).containsEntry("graph", "social").containsEntry("collection_added", "places");
        assertThat((Map<String, Object>) r.get("definition")).containsEntry("orphan_collections", List.of("places"));
    }

    @Test
    void addsAnEdgeDefinition() {
        GraphInfo after = new GraphInfo("social", List.of(GraphFixtures.SOCIAL.edgeDefinitions().get(0),
                new EdgeDefinition("lives_in", List.of("persons"), List.of("places"))), List.of());
        when(db.addEdgeDefinition("social", new EdgeDefinition("lives_in", List.of("persons"), List.of("places"))))
                .thenReturn(after);

        Map<String, Object> r = pack.call("arango_add_edge_definition", Map.of("graph_name", "social",
                "edge_collection", "lives_in", "from_collections", List.of("persons"),
                "to_collections", List.of("places")), context);

        assertThat(r.get("edge_definition")).isEqualTo(Map.of("edge_collection", "lives_in",
                "from_collections", List.of("persons"), "to_collections", List.of("places")));
        assertThat((Map<String, Object>) r.get("definition")).containsEntry("edge_collections", List.of("knows", "lives_in"));
    }

    @Test
    void refusesInvalidArguments() {
        assertThatThrownBy(() -> pack.bind("arango_add_vertex_collection", Map.of("graph", "g")))
                .hasMessageContaining("'collection' is required");
        assertThatThrownBy(() -> pack.bind("arango_add_edge_definition", Map.of("graph", "g",
                "edge_collection", "e", "from_collections", "persons")))
                .hasMessageContaining("'from_collections' must be an array")
                .hasMessageContaining("'to_collections' is required");
    }
}
