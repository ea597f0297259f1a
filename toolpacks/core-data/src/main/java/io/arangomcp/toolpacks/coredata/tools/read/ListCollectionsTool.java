package io.arangomcp.toolpacks.coredata.tools.read;

import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.spi.NoArguments;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.toolpacks.coredata.CoreDataPack;

import java.util.List;

/**
 * Tool: lists the user collections of the resolved database.
 */
public final class ListCollectionsTool implements Tool<NoArguments, ListCollectionsTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.database("arango_list_collections", "List collections",
            CoreDataPack.CATEGORY, OperationKind.READ,
            "Lists the collections of the database with their type ('document' or 'edge'), in the server's order; "
                    + "system collections (names starting with '_') are left out. Use it to see what data exists "
                    + "before querying or writing.");

    /** One collection. */
    public record CollectionEntry(
            @Doc("The collection name.") String name,
            @Doc("'document' for a document collection, 'edge' for an edge collection.") String type) {
    }

    /** The collections. */
    public record Result(
            @Doc("The user collections, in the server's order.") List<CollectionEntry> collections,
            @Doc("The number of collections listed.") int total) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(NoArguments arguments, ToolContext context) {
        List<CollectionEntry> collections = context.database().collections().stream()
                .filter(c -> !c.system())
                .map(ListCollectionsTool::entry)
                .toList();
        return new Result(collections, collections.size());
    }

    private static CollectionEntry entry(CollectionInfo info) {
        return new CollectionEntry(info.name(), info.type().wireName());
    }
}
