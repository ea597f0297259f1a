package io.arangomcp.toolpacks.backup.files;

import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphDefinitionsTest {
    private static final GraphInfo SOCIAL = new GraphInfo("social",
            List.of(new EdgeDefinition("knows", List.of("persons"), List.of("persons"))), List.of("places"));

    @Test
    void writesTheReferenceServersSnakeCaseKeys() {
        assertThat(GraphDefinitions.toJson(SOCIAL)).isEqualTo(Map.of("name", "social",
                "orphan_collections", List.of("places"), "edge_definitions", List.of(Map.of(
                        "edge_collection", "knows", "from_vertex_collections", List.of("persons"),
                        "to_vertex_collections", List.of("persons")))));
    }

    @Test
    void readsSnakeCaseAndArangoDbKeys() {
        assertThat(GraphDefinitions.fromJson("social", GraphDefinitions.toJson(SOCIAL))).isEqualTo(SOCIAL);
        assertThat(GraphDefinitions.fromJson("copy", Map.of("orphanCollections", List.of("places"),
                "edgeDefinitions", List.of(Map.of("collection", "knows", "from", List.of("persons"),
                        "to", List.of("persons")))))).isEqualTo(new GraphInfo("copy", SOCIAL.edgeDefinitions(),
                SOCIAL.orphanCollections()));
        assertThat(GraphDefinitions.fromJson("empty", Map.of())).isEqualTo(new GraphInfo("empty", List.of(),
                List.of()));
    }

    @Test
    void refusesDefinitionsItCannotUse() {
        assertThatThrownBy(() -> GraphDefinitions.fromJson("g", Map.of("edge_definitions", List.of("x"))))
                .hasMessageContaining("not an object");
        assertThatThrownBy(() -> GraphDefinitions.fromJson("g", Map.of("edge_definitions", List.of(Map.of()))))
                .hasMessageContaining("names no edge collection");
    }
}
