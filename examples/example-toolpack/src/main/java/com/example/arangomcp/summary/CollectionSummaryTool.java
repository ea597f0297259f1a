package com.example.arangomcp.summary;

import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.IndexInfo;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;

import java.util.List;

/**
 * Example tool: a collection's type, document count and indexes in one call. Database-scoped, so the host adds
 * the {@code database} argument and hands the tool the resolved database's gateway.
 */
public final class CollectionSummaryTool
        implements Tool<CollectionSummaryTool.Arguments, CollectionSummaryTool.Result> {

    private static final ToolSpec SPEC = ToolSpec.database("example_collection_summary", "Summarise collection",
            "example", OperationKind.READ,
            "Returns a collection's type, number of documents and index names in one call. "
                    + "Fails with NOT_FOUND when the collection does not exist.");

    /**
     * @param collection the collection to summarise
     */
    public record Arguments(@Doc("Name of the collection.") @Required @Size(min = 1, max = 256) String collection) {
    }

    /**
     * @param collection the collection name
     * @param type       document or edge
     * @param count      the number of documents
     * @param indexes    the index names, primary index first
     */
    public record Result(@Doc("The collection name.") String collection,
                         @Doc("document or edge.") String type,
                         @Doc("Number of documents.") long count,
                         @Doc("Index names, the primary index first.") List<String> indexes) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments arguments, ToolContext context) {
        DatabaseGateway db = context.database();
        CollectionInfo info = db.collection(arguments.collection());
        List<String> indexes = db.indexes(info.name()).stream().map(IndexInfo::name).toList();
        return new Result(info.name(), info.type().wireName(), db.count(info.name()), indexes);
    }

    @Override
    public String text(Result result) {
        return result.collection() + " (" + result.type() + "): " + result.count() + " documents, indexes "
                + String.join(", ", result.indexes());
    }
}
