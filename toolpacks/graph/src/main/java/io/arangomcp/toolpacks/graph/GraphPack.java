package io.arangomcp.toolpacks.graph;

import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolPack;
import io.arangomcp.toolpacks.graph.tools.analysis.GraphStatisticsTool;
import io.arangomcp.toolpacks.graph.tools.analysis.ValidateGraphIntegrityTool;
import io.arangomcp.toolpacks.graph.tools.create.AddEdgeDefinitionTool;
import io.arangomcp.toolpacks.graph.tools.create.AddEdgeTool;
import io.arangomcp.toolpacks.graph.tools.create.AddVertexCollectionTool;
import io.arangomcp.toolpacks.graph.tools.create.CreateGraphTool;
import io.arangomcp.toolpacks.graph.tools.read.GraphTraversalTool;
import io.arangomcp.toolpacks.graph.tools.read.ListGraphsTool;
import io.arangomcp.toolpacks.graph.tools.read.ShortestPathTool;
import io.arangomcp.toolpacks.graph.tools.read.TraverseTool;

import java.util.List;

/**
 * Tool pack {@code graph}: named graphs, edges, traversals, shortest paths, integrity checks and statistics.
 */
public final class GraphPack implements ToolPack {
    /** The category of graph creation, edges and traversals. */
    public static final String BASIC = "graph_basic";
    /** The category of integrity checks and statistics. */
    public static final String ADVANCED = "graph_advanced";
    /** The category of compatibility aliases, as in the reference server. */
    public static final String ALIASES = "aliases";

    @Override
    public String id() {
        return "graph";
    }

    @Override
    public String description() {
        return "Creates and extends named graphs, adds edges, traverses graphs, finds shortest paths, and checks "
                + "graph integrity and statistics, every query bounded in depth and size.";
    }

    @Override
    public List<Tool<?, ?>> tools() {
        TraverseTool traverse = new TraverseTool();
        // The reference server's registration order; its alias comes last, as there.
        return List.of(new CreateGraphTool(), new AddEdgeTool(), traverse, new ShortestPathTool(),
                new ListGraphsTool(), new AddVertexCollectionTool(), new AddEdgeDefinitionTool(),
                new ValidateGraphIntegrityTool(), new GraphStatisticsTool(), new GraphTraversalTool(traverse));
    }
}
