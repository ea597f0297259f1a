package io.arangomcp.toolpacks.graph.tools.read;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.QueryOptions;
import io.arangomcp.ports.spi.Limits;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ScriptedQueryCursor;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.graph.GraphPack;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class TraverseToolTest {
    private static final String TOOL = "arango_traverse";
    private final ToolPackHarness pack = ToolPackHarness.of(new GraphPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db)
            .limits(new Limits(2, 1 << 20, Duration.ofSeconds(5), 3)).build();

    @Test
    void walksANamedGraphWithBindParametersAndCapsTheRows() {
        ScriptedQueryCursor cursor = ScriptedQueryCursor.of(List.of(Map.of("vertex", 1), Map.of("vertex", 2),
                Map.of("vertex", 3)));
        when(db.query(anyString(), anyMap(), any())).thenReturn(cursor);

        Map<String, Object> r = pack.call(TOOL, Map.of("start_vertex", "persons/a", "graph", "social",
                "direction", "ANY", "max_depth", 2), context);

        assertThat(r).containsEntry("count", 2).containsEntry("truncated", true).containsEntry("truncated_by", "rows")
                .containsEntry("direction", "ANY").containsEntry("depth", List.of(1, 2));
        verify(db).query(eq("FOR v, e, p IN @min..@max ANY @start GRAPH @graph LIMIT @limit RETURN "
                + "{vertex: v, edge: e}"), eq(Map.of("graph", "social", "start", "persons/a", "min", 1, "max", 2,
                "limit", 3)), any(QueryOptions.class));
        assertThat(cursor.closed()).isTrue();
    }

    @Test
    void walksEdgeCollectionsAsCollectionBindParametersAndReturnsPaths() {
        when(db.query(anyString(), anyMap(), any())).thenReturn(ScriptedQueryCursor.of(List.of()));

        Map<String, Object> r = pack.call("arango_graph_traversal", Map.of("start", "persons/a",
                "edge_collections", List.of("knows", "likes"), "return_paths", true, "limit", 1), context);

        assertThat(r).containsEntry("count", 0).containsEntry("truncated", false).doesNotContainKey("truncated_by");
        ArgumentCaptor<String> query = ArgumentCaptor.forClass(String.class);
        verify(db).query(query.capture(), eq(Map.of("@edges0", "knows", "@edges1", "likes", "start", "persons/a",
                "min", 1, "max", 1, "limit", 2)), any());
        assertThat(query.getValue()).isEqualTo("FOR v, e, p IN @min..@max OUTBOUND @start @@edges0, @@edges1 "
                + "LIMIT @limit RETURN {vertices: p.vertices, edges: p.edges}");
    }

    @Test
    void refusesDepthsOutsideTheServersLimitAndUnclearSources() {
        assertThatThrownBy(() -> pack.call(TOOL, Map.of("start_vertex", "p/a", "graph", "g", "max_depth", 4),
                context)).isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
                    assertThat(e.details()).containsEntry("max_depth_limit", 3);
                });
        assertThatThrownBy(() -> pack.call(TOOL, Map.of("start_vertex", "p/a", "graph", "g", "min_depth", 2,
                "max_depth", 1), context)).hasMessageContaining("min_depth 2 is more than max_depth 1");
        assertThatThrownBy(() -> pack.call(TOOL, Map.of("start_vertex", "p/a"), context))
                .hasMessageContaining("give 'graph'");
        assertThatThrownBy(() -> pack.call(TOOL, Map.of("start_vertex", "p/a", "graph", "g",
                "edge_collections", List.of("e")), context)).hasMessageContaining("not both");
        verifyNoInteractions(db);
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("start_vertex", "p/a", "direction", "outbound",
                "min_depth", -1))).hasMessageContaining("'direction' must be one of")
                .hasMessageContaining("'min_depth' must be at least 0");
    }
}
