package io.arangomcp.toolpacks.graph.tools.read;

import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.toolpacks.graph.GraphPack;

import java.util.Objects;

/**
 * Tool: {@code arango_graph_traversal}, the reference server's alias of {@code arango_traverse}.
 */
public final class GraphTraversalTool implements Tool<TraverseTool.Arguments, TraverseTool.Result> {
    private final TraverseTool target;
    private final ToolSpec spec;

    public GraphTraversalTool(TraverseTool target) {
        this.target = Objects.requireNonNull(target, "target is null");
        ToolSpec of = target.spec();
        this.spec = new ToolSpec("arango_graph_traversal", "Graph traversal (alias)",
                of.description() + " Alias of " + of.name() + ", kept for compatibility.", GraphPack.ALIASES,
                of.kind(), true, of.name());
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public TraverseTool.Result call(TraverseTool.Arguments arguments, ToolContext context) {
        return target.call(arguments, context);
    }
}
