package io.arangomcp.toolpacks.graph.tools.create;

import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Alias;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.graph.GraphPack;
import io.arangomcp.toolpacks.graph.tools.GraphView;

import java.util.List;

/**
 * Tool: adds an edge definition to a named graph.
 */
public final class AddEdgeDefinitionTool
        implements Tool<AddEdgeDefinitionTool.Arguments, AddEdgeDefinitionTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.database("arango_add_edge_definition", "Add edge definition",
            GraphPack.BASIC, OperationKind.CREATE,
            "Adds an edge definition to a named graph: an edge collection and the vertex collections its edges go "
                    + "from and to; missing collections are created. Returns the graph afterwards. Fails with "
                    + "NOT_FOUND for an unknown graph and CONFLICT when the edge collection is already defined.");

    public record Arguments(
            @Doc("The graph.") @Required @Size(min = 1) @Alias({"graph_name"}) String graph,
            @Doc("The edge collection.") @Required @Size(min = 1) @Alias({"collection"}) String edge_collection,
            @Doc("Vertex collections edges start from.") @Required @Size(min = 1) @Alias({"from"})
            List<String> from_collections,
            @Doc("Vertex collections edges point to.") @Required @Size(min = 1) @Alias({"to"})
            List<String> to_collections) {
    }

    public record Result(
            @Doc("The graph name.") String graph,
            @Doc("The edge definition added.") GraphView.EdgeDefinitionView edge_definition,
            @Doc("The graph afterwards.") GraphView definition) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments a, ToolContext context) {
        GraphInfo graph = context.database().addEdgeDefinition(a.graph(),
                new EdgeDefinition(a.edge_collection(), a.from_collections(), a.to_collections()));
        return new Result(a.graph(), new GraphView.EdgeDefinitionView(a.edge_collection(), a.from_collections(),
                a.to_collections()), GraphView.of(graph));
    }
}
