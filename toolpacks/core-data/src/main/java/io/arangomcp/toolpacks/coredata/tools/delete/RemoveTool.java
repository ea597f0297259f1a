package io.arangomcp.toolpacks.coredata.tools.delete;

import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.coredata.CoreDataPack;

/**
 * Tool: removes one document.
 */
public final class RemoveTool implements Tool<RemoveTool.Arguments, RemoveTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.database("arango_remove", "Remove document",
            CoreDataPack.CATEGORY, OperationKind.DELETE,
            "Removes one document, chosen by collection and key, and returns the _id, _key and _rev of the "
                    + "removed document. Fails with NOT_FOUND when the collection or document does not exist.");

    public record Arguments(
            @Doc("The collection of the document.") @Required @Size(min = 1) String collection,
            @Doc("The _key of the document to remove.") @Required @Size(min = 1) String key) {
    }

    public record Result(
            @Doc("The removed document's id, collection/key.") String _id,
            @Doc("The removed document's key.") String _key,
            @Doc("The revision that was removed.") String _rev) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments arguments, ToolContext context) {
        WriteResult removed = context.database().remove(arguments.collection(), arguments.key(),
                WriteOptions.defaults());
        return new Result(removed.id(), removed.key(), removed.rev());
    }
}
