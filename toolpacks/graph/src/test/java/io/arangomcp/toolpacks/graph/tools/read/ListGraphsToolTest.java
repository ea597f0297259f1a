package io.arangomcp.toolpacks.graph.tools.read;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
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

class ListGraphsToolTest {
    private static final String TOOL = "arango_list_graphs";
    private final ToolPackHarness pack = ToolPackHarness.of(new GraphPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db).build();

    @Test
    void listsEveryGraphWithItsDefinition() {
        when(db.graphs()).thenReturn(List.of(GraphFixtures.SOCIAL));

        Map<String, Object> r = pack.call(TOOL, Map.of(), context);

        assertThat(r).containsEntry("total", 1);
        assertThat((List<?>) r.get("graphs")).singleElement().satisfies(g -> assertThat(g.toString())
                .contains("name=social").contains("vertex_collections=[persons, places]"));
    }

    @Test
    void failuresAreErrorsNotEmptyLists() {
        when(db.graphs()).thenThrow(ArangoErrors.INTERNAL.error());

        assertThatThrownBy(() -> pack.call(TOOL, Map.of(), context)).isInstanceOf(ArangoMcpException.class);
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("graph", "x"))).hasMessageContaining("not a known argument");
    }
}
