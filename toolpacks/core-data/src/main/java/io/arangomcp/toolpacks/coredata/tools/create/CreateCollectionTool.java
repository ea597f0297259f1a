package io.arangomcp.toolpacks.coredata.tools.create;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.OneOf;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.coredata.CoreDataPack;

/**
 * Tool: creates a collection, or returns the existing one of the same name and type.
 */
public final class CreateCollectionTool implements Tool<CreateCollectionTool.Arguments, CreateCollectionTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.database("arango_create_collection", "Create collection",
            CoreDataPack.CATEGORY, OperationKind.CREATE,
            "Creates a document or edge collection, or returns the existing collection of that name unchanged "
                    + "(created: false), so it is safe to call before writing. Returns the collection's name, type "
                    + "and waitForSync setting. Fails with CONFLICT when a collection of that name exists with the "
                    + "other type, and with BAD_REQUEST for an illegal name.");

    public record Arguments(
            @Doc("The collection name: letters, digits, '_' and '-', starting with a letter.")
            @Required @Size(min = 1) String name,
            @Doc("'document' for ordinary documents, 'edge' for edges that connect documents (_from/_to).")
            @OneOf({"document", "edge"}) @Default("document") String type,
            @Doc("Whether writes wait until they are synced to disk; only used when the collection is created. "
                    + "Leave it out for the server default (false).") Boolean waitForSync) {
    }

    public record Result(
            @Doc("The collection name.") String name,
            @Doc("'document' or 'edge'.") String type,
            @Doc("Whether writes to the collection wait for sync by default, as the server reports it.")
            boolean waitForSync,
            @Doc("True when this call created the collection, false when it already existed.") boolean created) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments arguments, ToolContext context) {
        DatabaseGateway db = context.database();
        CollectionType wanted = CollectionType.fromWireName(arguments.type());
        try {
            return existing(db.collection(arguments.name()), wanted);
        } catch (DatabaseError e) {
            if (e.errorNum() != ArangoErrors.DATA_SOURCE_NOT_FOUND.errorNum()) {
                throw e;
            }
        }
        try {
            CollectionSpec spec = new CollectionSpec(wanted, arguments.waitForSync(), null, null);
            return result(db.createCollection(arguments.name(), spec), true);
        } catch (DatabaseError e) {
            // Another caller created it between our look-up and our create: the outcome is the same as if it
            // had existed before.
            if (e.errorNum() != ArangoErrors.DUPLICATE_NAME.errorNum()) {
                throw e;
            }
            return existing(db.collection(arguments.name()), wanted);
        }
    }

    private static Result existing(CollectionInfo info, CollectionType wanted) {
        if (info.type() != wanted) {
            throw ArangoMcpException.builder(ErrorCode.CONFLICT, "collection '" + info.name() + "' already exists as "
                            + article(info.type()) + " collection, not " + article(wanted) + " collection")
                    .detail("collection", info.name())
                    .detail("type", info.type().wireName())
                    .detail("requestedType", wanted.wireName())
                    .hint("Use type '" + info.type().wireName() + "', or choose another name.")
                    .build();
        }
        return result(info, false);
    }

    private static Result result(CollectionInfo info, boolean created) {
        return new Result(info.name(), info.type().wireName(), info.waitForSync(), created);
    }

    private static String article(CollectionType type) {
        return type == CollectionType.EDGE ? "an edge" : "a document";
    }
}
