package io.arangomcp.toolpacks.coredata.tools.create;

import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.coredata.CoreDataPack;

import java.util.Map;

/**
 * Tool: inserts one document into a collection.
 */
public final class InsertTool implements Tool<InsertTool.Arguments, InsertTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.database("arango_insert", "Insert document",
            CoreDataPack.CATEGORY, OperationKind.CREATE,
            "Inserts one document into a collection and returns its _id, _key and _rev (and, as newDocument, "
                    + "the stored document when returnNew is true). The key is generated unless the document has a "
                    + "_key; edges need _from and _to. Fails with NOT_FOUND for an unknown collection and CONFLICT "
                    + "when the key is taken or a unique index is violated.");

    public record Arguments(
            @Doc("The collection to insert into.") @Required @Size(min = 1) String collection,
            @Doc("The document, a JSON object; may set _key, and must set _from and _to for edge collections.")
            @Required Map<String, Object> document,
            @Doc("Also return the document as stored, with its system attributes.") @Default("false")
            boolean returnNew) {
    }

    public record Result(
            @Doc("The document id, collection/key.") String _id,
            @Doc("The document key.") String _key,
            @Doc("The document's revision.") String _rev,
            @Doc("The document as stored; only when returnNew was true.") Map<String, Object> newDocument) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments arguments, ToolContext context) {
        WriteResult written = context.database().insert(arguments.collection(), arguments.document(),
                WriteOptions.defaults().withReturnNew(arguments.returnNew()));
        return new Result(written.id(), written.key(), written.rev(), written.newDocument());
    }
}
