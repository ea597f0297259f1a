package io.arangomcp.toolpacks.graph.tools.analysis;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.Capability;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ScriptedQueryCursor;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.graph.GraphFixtures;
import io.arangomcp.toolpacks.graph.GraphPack;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@SuppressWarnings("unchecked")
class GraphStatisticsToolTest {
    private static final String TOOL = "arango_graph_statistics";
    private final ToolPackHarness pack = ToolPackHarness.of(new GraphPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db).build();

    private void socialWith(Set<Capability> capabilities) {
        when(db.graph("social")).thenReturn(GraphFixtures.SOCIAL);
        when(db.collections()).thenReturn(GraphFixtures.socialCollections());
        when(db.capabilities()).thenReturn(capabilities);
        when(db.count("persons")).thenReturn(4L);
        when(db.count("places")).thenReturn(1L);
        when(db.count("knows")).thenReturn(6L);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Map<String, Object> result) {
        return (Map<String, Object>) ((List<?>) result.get("statistics")).get(0);
    }

    @Test
    void describesSizeDegreesAndReachability() {
        socialWith(Set.of(Capability.AQL));
        when(db.query(eq(DegreeDistribution.query(1)), eq(Map.of("@edges0", "knows")), any()))
                .thenReturn(ScriptedQueryCursor.of(List.of(Map.of("degree", 1, "frequency", 2),
                        Map.of("degree", 4, "frequency", 1))), ScriptedQueryCursor.of(List.of(
                        Map.of("degree", 1, "frequency", 2), Map.of("degree", 4, "frequency", 1))));
        when(db.query(eq(Reachability.SAMPLE_QUERY), eq(Map.of("@collection", "persons", "count", 2L)), any()))
                .thenReturn(ScriptedQueryCursor.of(List.of("persons/a", "persons/b")));
        when(db.query(eq(Reachability.REACH_QUERY), eq(Map.of("starts", List.of("persons/a", "persons/b"),
                "depth", 2, "graph", "social")), any())).thenReturn(ScriptedQueryCursor.of(List.of(3, 1)));

        Map<String, Object> r = pack.call(TOOL, Map.of("graphName", "social", "sampleSize", 2, "max_depth", 2,
                "perCollectionStats", true), context);

        Map<String, Object> g = first(r);
        assertThat(r).containsEntry("graphs_analyzed", 1).containsEntry("analysis_timestamp", "2025-01-01T00:00:00Z");
        assertThat(g).containsEntry("total_vertices", 5L).containsEntry("total_edges", 6L)
                .containsEntry("density", 6.0 / 20).containsEntry("max_out_degree", 4L)
                .containsEntry("avg_out_degree", 6.0 / 5).containsEntry("notes", List.of());
        assertThat(g.get("out_degree_distribution")).isEqualTo(List.of(Map.of("degree", 0L, "frequency", 2L),
                Map.of("degree", 1L, "frequency", 2L), Map.of("degree", 4L, "frequency", 1L)));
        assertThat((Map<String, Object>) g.get("per_collection_degree_distribution")).containsOnlyKeys("knows");
        assertThat((Map<String, Object>) g.get("connectivity")).containsEntry("sample_size", 2).containsEntry("depth", 2)
                .containsEntry("avg_reachable_vertices", 2.0).containsEntry("max_reachable_vertices", 3L)
                .containsEntry("min_reachable_vertices", 1L);
    }

    @Test
    void withoutAqlGivesCountsAndDensityAndSaysWhy() {
        socialWith(Set.of());

        Map<String, Object> g = first(pack.call(TOOL, Map.of("graph_name", "social"), context));

        assertThat(g).containsEntry("total_vertices", 5L).containsEntry("notes", List.of(GraphStatisticsTool.NO_AQL))
                .doesNotContainKeys("out_degree_distribution", "connectivity");
        verify(db, never()).query(any(), any(), any());
    }

    @Test
    void emptyGraphsNeedNoQueries() {
        socialWith(Set.of(Capability.AQL));
        when(db.count("persons")).thenReturn(0L);
        when(db.count("places")).thenReturn(0L);
        when(db.count("knows")).thenReturn(0L);
        when(db.query(any(), any(), any())).thenReturn(ScriptedQueryCursor.of());

        Map<String, Object> g = first(pack.call(TOOL, Map.of("graphName", "social",
                "includeConnectivity", false), context));

        assertThat(g).containsEntry("density", 0.0).containsEntry("avg_out_degree", 0.0)
                .containsEntry("max_out_degree", 0L).containsEntry("out_degree_distribution", List.of());
    }

    @Test
    void reachabilityOfNoStartsIsZero() {
        Reachability.Summary none = Reachability.measure(db, "g", Map.of("a", 0L), 10, 1, 1.0);
        assertThat(none.sample_size()).isZero();
        assertThat(none.min_reachable_vertices()).isZero();
        assertThat(DegreeDistribution.query(2)).contains("UNION((FOR x IN @@edges0 RETURN x._from), "
                + "(FOR x IN @@edges1 RETURN x._from))");
    }

    @Test
    void refusesDepthsAboveTheServersLimit() {
        assertThatThrownBy(() -> pack.call(TOOL, Map.of("max_depth", 11), context))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS));
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("sampleSize", 0))).hasMessageContaining("'sampleSize'");
        when(db.graphs()).thenReturn(List.of());
        when(db.collections()).thenReturn(List.of());
        when(db.capabilities()).thenReturn(Set.of());
        assertThat(pack.call(TOOL, Map.of(), context)).containsEntry("graphs_analyzed", 0);
    }
}
