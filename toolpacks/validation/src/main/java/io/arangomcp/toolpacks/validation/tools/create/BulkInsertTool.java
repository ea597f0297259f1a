package io.arangomcp.toolpacks.validation.tools.create;

import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.OneOf;
import io.arangomcp.ports.spi.schema.Range;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.validation.ValidationPack;
import io.arangomcp.toolpacks.validation.bulk.BatchedWrite;
import io.arangomcp.toolpacks.validation.bulk.ItemError;
import io.arangomcp.toolpacks.validation.refs.InvalidReference;
import io.arangomcp.toolpacks.validation.refs.ReferenceCheck;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Tool: inserts many documents in batches, reporting each document that failed.
 */
public final class BulkInsertTool implements Tool<BulkInsertTool.Arguments, BulkInsertTool.Result> {
    private static final List<String> EDGE_ENDS = List.of("_from", "_to");
    private static final ToolSpec SPEC = ToolSpec.database("arango_bulk_insert", "Bulk insert",
            ValidationPack.CATEGORY, OperationKind.CREATE,
            "Inserts many documents in batches and counts each document's outcome: a document the database refuses "
                    + "(duplicate key, schema violation, ...) is a failure, listed with its position, key and reason. "
                    + "on_error: 'stop' (default) sends no batch after one with a failure, 'continue' goes on and "
                    + "lists failures, 'ignore' goes on and only counts them. With validate_refs, documents whose "
                    + "reference_fields (default _from and _to) do not name existing documents are not sent.");

    public record Arguments(
            @Doc("The collection to insert into.") @Required @Size(min = 1) String collection,
            @Doc("The documents to insert.") @Required List<Map<String, Object>> documents,
            @Doc("Check reference_fields of every document before inserting it.") @Default("false")
            boolean validate_refs,
            @Doc("With validate_refs: top-level attributes that hold document ids; _from and _to when empty.")
            @Default("[]") List<String> reference_fields,
            @Doc("Documents per request.") @Default("1000") @Range(min = 1, max = 10_000) int batch_size,
            @Doc("What to do after a failure: stop, continue, or ignore (continue without listing).")
            @Default(BatchedWrite.STOP) @OneOf({BatchedWrite.STOP, BatchedWrite.CONTINUE, BatchedWrite.IGNORE})
            String on_error) {
    }

    public record Result(
            @Doc("How many documents were given.") int total_documents,
            @Doc("How many were inserted.") int inserted_count,
            @Doc("How many failed.") int error_count,
            @Doc("How many were not attempted because on_error was stop.") int skipped_count,
            @Doc("The failures, in input order (at most 100; none with on_error ignore).") List<ItemError> errors,
            @Doc("Whether failures were left out of the list.") boolean errors_truncated,
            @Doc("The ids of the inserted documents, in input order, up to the server's row cap.")
            List<String> inserted_ids,
            @Doc("Whether ids were left out of inserted_ids.") boolean inserted_ids_truncated,
            @Doc("inserted_count / total_documents (0 when nothing was given).") double success_rate,
            @Doc("How many requests were sent.") int batches) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments a, ToolContext context) {
        DatabaseGateway db = context.database();
        // Without named fields, the references every edge has are checked (missing attributes pass).
        List<String> fields = a.reference_fields().isEmpty() ? EDGE_ENDS : a.reference_fields();
        Function<Map<String, Object>, String> check = a.validate_refs() ? d -> refused(db, d, fields) : d -> null;
        BatchedWrite.Outcome outcome = BatchedWrite.run(a.documents(), a.batch_size(), a.on_error(), check,
                BatchedWrite::keyOf, batch -> db.insertAll(a.collection(), batch, WriteOptions.defaults()),
                context.cancellation());
        int cap = context.limits().maxRows();
        List<String> ids = outcome.written().stream().limit(cap).map(WriteResult::id).toList();
        int total = a.documents().size();
        return new Result(total, outcome.succeeded(), outcome.failed(), outcome.skipped(), outcome.errors(),
                outcome.errorsTruncated(), ids, outcome.written().size() > cap, outcome.successRate(total),
                outcome.batches());
    }

    private static String refused(DatabaseGateway db, Map<String, Object> document, List<String> fields) {
        List<InvalidReference> invalid = ReferenceCheck.invalid(db, document, fields);
        if (invalid.isEmpty()) {
            return null;
        }
        InvalidReference first = invalid.get(0);
        return "invalid reference in '" + first.field() + "' (" + first.value() + "): " + first.reason()
                + (invalid.size() > 1 ? " and " + (invalid.size() - 1) + " more" : "");
    }

    @Override
    public String text(Result r) {
        return "Inserted " + r.inserted_count() + " of " + r.total_documents() + " documents; " + r.error_count()
                + " failed, " + r.skipped_count() + " skipped.";
    }
}
