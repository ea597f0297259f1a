package io.arangomcp.toolpacks.graph.tools.read;

import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ScriptedQueryCursor;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.graph.GraphPack;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ShortestPathToolTest {
    private static final String TOOL = "arango_shortest_path";
    private static final Map<String, Object> A = Map.of("_id", "cities/a");
    private static final Map<String, Object> B = Map.of("_id", "cities/b");
    private static final Map<String, Object> C = Map.of("_id", "cities/c");
    private static final Map<String, Object> AB = Map.of("_id", "roads/1", "km", 5);
    private static final Map<String, Object> BC = Map.of("_id", "roads/2");
    private final ToolPackHarness pack = ToolPackHarness.of(new GraphPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db).build();

    @Test
    void returnsTheWholePathWithItsWeightedDistance() {
        when(db.query(eq("FOR p IN ANY K_SHORTEST_PATHS @start TO @target GRAPH @graph OPTIONS "
                + "{weightAttribute: @weightAttribute, defaultWeight: @defaultWeight} LIMIT 1 RETURN p"),
                eq(Map.of("graph", "routes", "start", "cities/a", "target", "cities/c", "weightAttribute", "km",
                        "defaultWeight", 2.0)), any())).thenReturn(ScriptedQueryCursor.of(List.of(Map.of(
                "vertices", List.of(A, B, C), "edges", List.of(AB, BC), "weight", 7))));

        Map<String, Object> r = pack.call(TOOL, Map.of("start_vertex", "cities/a", "end_vertex", "cities/c",
                "graph", "routes", "direction", "ANY", "weight_attribute", "km", "default_weight", 2), context);

        assertThat(r).containsEntry("found", true).containsEntry("hops", 2).containsEntry("distance", 7.0)
                .containsEntry("weights", List.of(5.0, 2.0)).containsEntry("vertices", List.of(A, B, C))
                .containsEntry("edges", List.of(AB, BC));
    }

    @Test
    void countsHopsWhenUnweightedAndCanReturnIdsOnly() {
        when(db.query(eq("FOR p IN OUTBOUND K_SHORTEST_PATHS @start TO @target @@edges0 LIMIT 1 RETURN p"),
                eq(Map.of("@edges0", "roads", "start", "cities/a", "target", "cities/b")), any()))
                .thenReturn(ScriptedQueryCursor.of(List.of(Map.of("vertices", List.of(A, B), "edges", List.of(AB)))));

        Map<String, Object> r = pack.call(TOOL, Map.of("start", "cities/a", "target_vertex", "cities/b",
                "edge_collections", List.of("roads"), "return_paths", false), context);

        assertThat(r).containsEntry("distance", 1.0).containsEntry("vertices", List.of("cities/a", "cities/b"))
                .containsEntry("edges", List.of("roads/1")).doesNotContainKey("weights");
    }

    @Test
    void saysWhenNoPathExists() {
        when(db.query(any(), any(), any())).thenReturn(ScriptedQueryCursor.of());

        assertThat(pack.call(TOOL, Map.of("start_vertex", "cities/a", "end_vertex", "cities/z", "graph", "routes"),
                context)).containsEntry("found", false).containsEntry("hops", 0).doesNotContainKey("distance");
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("start_vertex", "cities/a", "default_weight", -1)))
                .hasMessageContaining("'end_vertex' is required")
                .hasMessageContaining("'default_weight' must be at least 0");
    }
}
