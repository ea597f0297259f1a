package io.arangomcp.toolpacks.graph.tools.analysis;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ScriptedQueryCursor;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.graph.GraphFixtures;
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

@SuppressWarnings("unchecked")
class ValidateGraphIntegrityToolTest {
    private static final String TOOL = "arango_validate_graph_integrity";
    private final ToolPackHarness pack = ToolPackHarness.of(new GraphPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db).build();

    private static Object edge(String id, boolean fromExists, boolean toAllowed) {
        return Map.of("_id", id, "_from", "persons/a", "_to", "x/b", "from_exists", fromExists, "to_exists", true,
                "from_allowed", true, "to_allowed", toAllowed);
    }

    @Test
    void countsOrphanedEdgesAndConstraintViolationsWithBindParametersOnly() {
        GraphInfo twoDefinitions = new GraphInfo("social", List.of(GraphFixtures.SOCIAL.edgeDefinitions().get(0),
                new EdgeDefinition("gone", List.of("persons"), List.of("persons"))), List.of());
        when(db.graph("social")).thenReturn(twoDefinitions);
        when(db.collections()).thenReturn(GraphFixtures.socialCollections());
        when(db.query(eq(ValidateGraphIntegrityTool.QUERY), eq(Map.of("@edges", "knows", "from", List.of("persons"),
                "to", List.of("persons"), "orphans", true, "constraints", true)), any()))
                .thenReturn(ScriptedQueryCursor.of(List.of(edge("knows/1", false, true), edge("knows/2", true, false)),
                        List.of(edge("knows/3", false, false))));

        Map<String, Object> r = pack.call(TOOL, Map.of("graph_name", "social", "returnDetails", true,
                "max_details", 1), context);

        assertThat(r).containsEntry("valid", false).containsEntry("graphs_checked", 1)
                .containsEntry("total_orphaned_edges", 2).containsEntry("total_constraint_violations", 2)
                .containsEntry("summary", "Checked 1 graph(s): 2 orphaned edge(s), 2 constraint violation(s).");
        Map<String, Object> graph = (Map<String, Object>) ((List<?>) r.get("results")).get(0);
        assertThat(graph).containsEntry("missing_edge_collections", List.of("gone"));
        assertThat((List<?>) graph.get("orphaned_edges")).hasSize(1);
        assertThat((List<?>) graph.get("constraint_violations")).hasSize(1);
        assertThat(ValidateGraphIntegrityTool.QUERY).contains("@@edges").doesNotContain("knows");
        assertThat(new ValidateGraphIntegrityTool().text(new ValidateGraphIntegrityTool.Result(true, 0, 0, 0,
                List.of(), "s"))).isEqualTo("s");
    }

    @Test
    void checksEveryGraphAndLeavesDetailsOutUnlessAsked() {
        when(db.graphs()).thenReturn(List.of(GraphFixtures.SOCIAL));
        when(db.collections()).thenReturn(GraphFixtures.socialCollections());
        when(db.query(any(), any(), any())).thenReturn(ScriptedQueryCursor.of());

        Map<String, Object> r = pack.call(TOOL, Map.of("checkConstraints", false), context);

        assertThat(r).containsEntry("valid", true);
        assertThat((Map<String, Object>) ((List<?>) r.get("results")).get(0)).containsEntry("valid", true)
                .doesNotContainKey("orphaned_edges");
    }

    @Test
    void anUnknownGraphIsNotFoundNotValid() {
        when(db.graph("nope")).thenThrow(new DatabaseError(404, 1924, "graph 'nope' not found"));

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("graphName", "nope"), context))
                .isInstanceOf(ArangoMcpException.class).hasMessageContaining("not found");
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("max_details", 0))).hasMessageContaining("'max_details'");
    }
}
