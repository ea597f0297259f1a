package io.arangomcp.toolpacks.indexing.tools.read;

import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.indexing.IndexingPack;
import io.arangomcp.toolpacks.indexing.tools.IndexEntry;

import java.util.List;

/**
 * Tool: lists the indexes of a collection.
 */
public final class ListIndexesTool implements Tool<ListIndexesTool.Arguments, ListIndexesTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.database("arango_list_indexes", "List indexes",
            IndexingPack.CATEGORY, OperationKind.READ,
            "Lists the indexes of a collection, the primary (and for edge collections the edge) index first, each "
                    + "with its full id (collection/number), name, type, fields, uniqueness, sparseness, "
                    + "selectivity estimate and type-specific options. Use it before creating an index or to see "
                    + "why a query is slow. Fails with NOT_FOUND for an unknown collection.");

    public record Arguments(
            @Doc("The collection whose indexes to list.") @Required @Size(min = 1) String collection) {
    }

    public record Result(
            @Doc("The collection.") String collection,
            @Doc("Its indexes, in the server's order.") List<IndexEntry> indexes,
            @Doc("How many indexes it has.") int total) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments arguments, ToolContext context) {
        List<IndexEntry> indexes = context.database().indexes(arguments.collection()).stream()
                .map(IndexEntry::of).toList();
        return new Result(arguments.collection(), indexes, indexes.size());
    }
}
