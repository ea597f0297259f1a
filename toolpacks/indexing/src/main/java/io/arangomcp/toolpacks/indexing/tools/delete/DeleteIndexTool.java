package io.arangomcp.toolpacks.indexing.tools.delete;

import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Alias;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.indexing.IndexingPack;

/**
 * Tool: deletes one index of a collection, named by id or name.
 */
public final class DeleteIndexTool implements Tool<DeleteIndexTool.Arguments, DeleteIndexTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.database("arango_delete_index", "Delete index",
            IndexingPack.CATEGORY, OperationKind.DELETE,
            "Deletes one index of a collection. Name it by full id (users/12345), bare id (12345) or name "
                    + "(idx_email); see arango_list_indexes. Queries that used it get slower; a unique index stops "
                    + "enforcing uniqueness. Fails with NOT_FOUND for an unknown collection or index (the primary index "
                    + "counts as unknown), and with ACCESS_DENIED for the edge index; neither can be deleted.");

    public record Arguments(
            @Doc("The collection the index belongs to.") @Required @Size(min = 1) String collection,
            @Doc("The index: full id collection/number, bare number, or name.") @Required @Size(min = 1)
            @Alias({"index_id", "index_name"}) String id_or_name) {
    }

    public record Result(
            @Doc("Always true; failures are reported as errors.") boolean deleted,
            @Doc("The full id of the deleted index.") String id,
            @Doc("The collection.") String collection) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments arguments, ToolContext context) {
        String id = context.database().dropIndex(arguments.collection(), arguments.id_or_name());
        return new Result(true, id, arguments.collection());
    }
}
