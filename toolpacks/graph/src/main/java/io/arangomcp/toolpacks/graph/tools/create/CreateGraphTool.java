package io.arangomcp.toolpacks.graph.tools.create;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Alias;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.graph.GraphPack;
import io.arangomcp.toolpacks.graph.tools.GraphView;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tool: creates a named graph (and its missing collections), or reports the existing one.
 */
public final class CreateGraphTool implements Tool<CreateGraphTool.Arguments, CreateGraphTool.Result> {
    private static final int GRAPH_NOT_FOUND = 1924;
    private static final ToolSpec SPEC = ToolSpec.database("arango_create_graph", "Create graph",
            GraphPack.BASIC, OperationKind.CREATE,
            "Creates a named graph from edge definitions (each: an edge collection and the vertex collections its "
                    + "edges go from and to) and optional orphan vertex collections. Missing collections are created "
                    + "unless create_collections is false, in which case they must exist. If the graph exists it is "
                    + "left as it is and returned with created false. Returns the graph as the database stores it.");

    /** One edge definition. */
    public record EdgeDefinitionArgument(
            @Doc("The edge collection.") @Required @Size(min = 1) @Alias("collection") String edge_collection,
            @Doc("Vertex collections edges start from.") @Required @Size(min = 1) @Alias("from")
            List<String> from_collections,
            @Doc("Vertex collections edges point to.") @Required @Size(min = 1) @Alias("to")
            List<String> to_collections) {
    }

    public record Arguments(
            @Doc("The graph name.") @Required @Size(min = 1) @Alias("graph_name") String name,
            @Doc("The edge definitions.") @Required List<EdgeDefinitionArgument> edge_definitions,
            @Doc("Vertex collections that belong to the graph without edges yet.") @Default("[]")
            List<String> orphan_collections,
            @Doc("Create missing collections (edge collections as edge type); when false they must exist.")
            @Default("true") boolean create_collections) {
    }

    public record Result(
            @Doc("True when the graph was created now, false when it already existed (and was left as it is).")
            boolean created,
            @Doc("The graph as stored.") GraphView graph) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments a, ToolContext context) {
        DatabaseGateway db = context.database();
        GraphInfo existing = find(db, a.name());
        if (existing != null) {
            return new Result(false, GraphView.of(existing));
        }
        List<EdgeDefinition> definitions = a.edge_definitions().stream()
                .map(d -> new EdgeDefinition(d.edge_collection(), d.from_collections(), d.to_collections())).toList();
        GraphInfo requested = new GraphInfo(a.name(), definitions, a.orphan_collections());
        if (!a.create_collections()) {
            requireCollections(db, requested);
        }
        return new Result(true, GraphView.of(db.createGraph(requested)));
    }

    private static GraphInfo find(DatabaseGateway db, String name) {
        try {
            return db.graph(name);
        } catch (DatabaseError e) {
            if (e.errorNum() == GRAPH_NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    private static void requireCollections(DatabaseGateway db, GraphInfo graph) {
        Set<String> existing = new LinkedHashSet<>();
        for (CollectionInfo c : db.collections()) {
            existing.add(c.name());
        }
        List<String> missing = new ArrayList<>();
        for (String name : graph.edgeCollections()) {
            if (!existing.contains(name)) {
                missing.add(name);
            }
        }
        for (String name : graph.vertexCollections()) {
            if (!existing.contains(name) && !missing.contains(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw ArangoMcpException.builder(ErrorCode.NOT_FOUND, "collections do not exist: "
                            + String.join(", ", missing))
                    .detail("missing_collections", missing)
                    .hint("Create them first, or call again with create_collections true.")
                    .build();
        }
    }
}
