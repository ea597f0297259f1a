package io.arangomcp.toolpacks.graph.tools.create;

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

/**
 * Tool: adds a vertex collection to a named graph.
 */
public final class AddVertexCollectionTool
        implements Tool<AddVertexCollectionTool.Arguments, AddVertexCollectionTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.database("arango_add_vertex_collection", "Add vertex collection",
            GraphPack.BASIC, OperationKind.CREATE,
            "Adds a vertex collection to a named graph as an orphan collection (one no edge definition uses yet), "
                    + "creating the collection when missing. Returns the graph afterwards. Fails with NOT_FOUND for "
                    + "an unknown graph and CONFLICT when the collection is already part of it.");

    public record Arguments(
            @Doc("The graph.") @Required @Size(min = 1) @Alias({"graph_name"}) String graph,
            @Doc("The vertex collection to add.") @Required @Size(min = 1) String collection) {
    }

    public record Result(
            @Doc("The graph name.") String graph,
            @Doc("The collection added.") String collection_added,
            @Doc("The graph afterwards.") GraphView definition) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments a, ToolContext context) {
        GraphInfo graph = context.database().addVertexCollection(a.graph(), a.collection());
        return new Result(a.graph(), a.collection(), GraphView.of(graph));
    }
}
