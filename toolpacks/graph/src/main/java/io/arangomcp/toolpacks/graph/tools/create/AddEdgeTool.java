package io.arangomcp.toolpacks.graph.tools.create;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;
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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tool: inserts an edge between two vertices, after checking both exist.
 */
public final class AddEdgeTool implements Tool<AddEdgeTool.Arguments, AddEdgeTool.Result> {
    private static final int NOT_FOUND = 404;
    private static final ToolSpec SPEC = ToolSpec.database("arango_add_edge", "Add edge",
            GraphPack.BASIC, OperationKind.CREATE,
            "Inserts an edge from one vertex to another (ids like 'persons/alice') into an edge collection, with "
                    + "optional attributes. Both vertices must exist unless check_vertices is false, so no dangling "
                    + "edge is created. Fails with NOT_FOUND naming a missing vertex and BAD_REQUEST when the "
                    + "collection is not an edge collection.");

    public record Arguments(
            @Doc("The edge collection.") @Required @Size(min = 1) String collection,
            @Doc("The id of the vertex the edge starts from, e.g. persons/alice.") @Required @Size(min = 3)
            @Alias({"from", "_from"}) String from_id,
            @Doc("The id of the vertex the edge points to.") @Required @Size(min = 3) @Alias({"to", "_to"})
            String to_id,
            @Doc("Further edge attributes, e.g. {\"since\": 2020}; _from and _to here are ignored.")
            Map<String, Object> attributes,
            @Doc("Check that both vertices exist before inserting.") @Default("true") boolean check_vertices) {
    }

    public record Result(
            @Doc("The edge id.") String _id,
            @Doc("The edge key.") String _key,
            @Doc("The edge revision.") String _rev,
            @Doc("The vertex it starts from.") String _from,
            @Doc("The vertex it points to.") String _to) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments a, ToolContext context) {
        DatabaseGateway db = context.database();
        if (a.check_vertices()) {
            List<String> missing = new ArrayList<>();
            for (String id : List.of(a.from_id(), a.to_id())) {
                if (!exists(db, id)) {
                    missing.add(id);
                }
            }
            if (!missing.isEmpty()) {
                throw ArangoMcpException.builder(ErrorCode.NOT_FOUND, "vertices do not exist: "
                                + String.join(", ", missing))
                        .detail("missing_vertices", missing)
                        .hint("Insert the vertices first, or pass check_vertices false.")
                        .build();
            }
        }
        Map<String, Object> edge = new LinkedHashMap<>();
        if (a.attributes() != null) {
            edge.putAll(a.attributes());
        }
        edge.put("_from", a.from_id());
        edge.put("_to", a.to_id());
        WriteResult written = db.insert(a.collection(), edge, WriteOptions.defaults());
        return new Result(written.id(), written.key(), written.rev(), a.from_id(), a.to_id());
    }

    private static boolean exists(DatabaseGateway db, String id) {
        int slash = id.indexOf('/');
        if (slash <= 0 || slash == id.length() - 1) {
            throw ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS, "'" + id
                    + "' is not a document id; use collection/key, e.g. persons/alice").build();
        }
        try {
            db.document(id.substring(0, slash), id.substring(slash + 1));
            return true;
        } catch (DatabaseError e) {
            if (e.httpStatus() == NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }
}
