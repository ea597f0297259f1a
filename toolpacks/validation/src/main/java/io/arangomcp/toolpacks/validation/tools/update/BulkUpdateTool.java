package io.arangomcp.toolpacks.validation.tools.update;

import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.WriteOptions;
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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tool: updates many documents in batches, reporting each update that failed.
 */
public final class BulkUpdateTool implements Tool<BulkUpdateTool.Arguments, BulkUpdateTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.database("arango_bulk_update", "Bulk update",
            ValidationPack.CATEGORY, OperationKind.UPDATE,
            "Merges changes into many documents in batches. Each item names its document by 'key' or '_key' and "
                    + "gives the changes as 'update': {...} or inline beside the key; nested objects are merged and "
                    + "null values are stored. Each item's outcome is counted: a missing key or a missing document is "
                    + "a failure, listed with its position. on_error works as for arango_bulk_insert.");

    public record Arguments(
            @Doc("The collection to update.") @Required @Size(min = 1) String collection,
            @Doc("The updates, e.g. [{\"key\": \"a\", \"update\": {\"n\": 1}}, {\"_key\": \"b\", \"n\": 2}].")
            @Required List<Map<String, Object>> updates,
            @Doc("Updates per request.") @Default("1000") @Range(min = 1, max = 10_000) int batch_size,
            @Doc("What to do after a failure: stop, continue, or ignore (continue without listing).")
            @Default(BatchedWrite.STOP) @OneOf({BatchedWrite.STOP, BatchedWrite.CONTINUE, BatchedWrite.IGNORE})
            String on_error) {
    }

    public record Result(
            @Doc("How many updates were given.") int total_updates,
            @Doc("How many documents were updated.") int updated_count,
            @Doc("How many updates failed.") int error_count,
            @Doc("How many were not attempted because on_error was stop.") int skipped_count,
            @Doc("The failures, in input order (at most 100; none with on_error ignore).") List<ItemError> errors,
            @Doc("Whether failures were left out of the list.") boolean errors_truncated,
            @Doc("updated_count / total_updates (0 when nothing was given).") double success_rate,
            @Doc("How many requests were sent.") int batches) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments a, ToolContext context) {
        DatabaseGateway db = context.database();
        List<Map<String, Object>> patches = new ArrayList<>(a.updates().size());
        for (Map<String, Object> item : a.updates()) {
            patches.add(patch(item));
        }
        BatchedWrite.Outcome outcome = BatchedWrite.run(patches, a.batch_size(), a.on_error(),
                p -> p.get("_key") instanceof String ? null
                        : "the item names no document: give its key as a string in 'key' or '_key'",
                BatchedWrite::keyOf, batch -> db.updateAll(a.collection(), batch, WriteOptions.defaults()),
                context.cancellation());
        int total = a.updates().size();
        return new Result(total, outcome.succeeded(), outcome.failed(), outcome.skipped(), outcome.errors(),
                outcome.errorsTruncated(), outcome.successRate(total), outcome.batches());
    }

    /** {@code {_key, ...changes}}: the changes are 'update' when it is an object, else the other attributes. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> patch(Map<String, Object> item) {
        Map<String, Object> patch = new LinkedHashMap<>();
        Object key = item.get("_key") != null ? item.get("_key") : item.get("key");
        if (key != null) {
            patch.put("_key", key);
        }
        if (item.get("update") instanceof Map<?, ?> changes) {
            ((Map<String, Object>) changes).forEach((k, v) -> {
                if (!k.equals("_key")) {
                    patch.put(k, v);
                }
            });
        } else {
            item.forEach((k, v) -> {
                if (!k.equals("key") && !k.equals("_key")) {
                    patch.put(k, v);
                }
            });
        }
        return patch;
    }

    @Override
    public String text(Result r) {
        return "Updated " + r.updated_count() + " of " + r.total_updates() + " documents; " + r.error_count()
                + " failed, " + r.skipped_count() + " skipped.";
    }
}
