package io.arangomcp.toolpacks.graph.tools.read;

import io.arangomcp.ports.spi.NoArguments;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.toolpacks.graph.GraphPack;
import io.arangomcp.toolpacks.graph.tools.GraphView;

import java.util.List;

/**
 * Tool: lists the named graphs of the database with their definitions.
 */
public final class ListGraphsTool implements Tool<NoArguments, ListGraphsTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.database("arango_list_graphs", "List graphs",
            GraphPack.BASIC, OperationKind.READ,
            "Lists the named graphs of the database, each with its edge definitions, orphan collections, and every "
                    + "vertex and edge collection it spans. Use it before traversing or changing a graph. Database "
                    + "failures are reported as errors, never as an empty list.");

    public record Result(
            @Doc("The named graphs, in the server's order.") List<GraphView> graphs,
            @Doc("How many there are.") int total) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(NoArguments arguments, ToolContext context) {
        List<GraphView> graphs = context.database().graphs().stream().map(GraphView::of).toList();
        return new Result(graphs, graphs.size());
    }
}
