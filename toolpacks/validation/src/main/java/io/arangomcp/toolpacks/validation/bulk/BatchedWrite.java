package io.arangomcp.toolpacks.validation.bulk;

import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.BulkItemResult;
import io.arangomcp.ports.out.gateway.WriteResult;
import io.arangomcp.ports.spi.Cancellation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs a bulk write in batches and counts every item's outcome: the database's per-document failures are failures
 * here too (the reference server counted them as successes). Items a check refuses are never sent.
 *
 * <p>{@code on_error}: {@code stop} sends no batch after one with a failure (the rest is skipped),
 * {@code continue} goes on and lists each failure, {@code ignore} goes on and only counts failures.
 */
public final class BatchedWrite {
    /** At most this many failures are listed; the count is always exact. */
    public static final int MAX_LISTED_ERRORS = 100;
    public static final String STOP = "stop";
    public static final String CONTINUE = "continue";
    public static final String IGNORE = "ignore";

    /**
     * The outcome of a bulk write.
     *
     * @param succeeded       items written
     * @param failed          items refused (by a check or by the database)
     * @param skipped         items not attempted because an earlier batch failed and on_error was stop
     * @param errors          the listed failures, in input order
     * @param errorsTruncated whether failures were left out of the list
     * @param written         the write results of the written items, in input order
     * @param batches         batches sent
     */
    public record Outcome(int succeeded, int failed, int skipped, List<ItemError> errors, boolean errorsTruncated,
                          List<WriteResult> written, int batches) {
        /** Written items per item of the input; 0 for an empty input. */
        public double successRate(int total) {
            return total == 0 ? 0.0 : (double) succeeded / total;
        }
    }

    private BatchedWrite() {
    }

    /**
     * @param items     the documents or patches
     * @param batchSize items per request
     * @param onError   stop, continue or ignore
     * @param check     the reason to refuse an item before sending it, or {@code null} to send it
     * @param keyOf     the item's key, or {@code null}
     * @param write     writes one batch: one result per item, in order
     */
    public static Outcome run(List<Map<String, Object>> items, int batchSize, String onError,
                              Function<Map<String, Object>, String> check,
                              Function<Map<String, Object>, String> keyOf,
                              Function<List<Map<String, Object>>, List<BulkItemResult>> write,
                              Cancellation cancellation) {
        List<ItemError> errors = new ArrayList<>();
        List<WriteResult> written = new ArrayList<>();
        int failed = 0;
        int batches = 0;
        int next = 0;
        while (next < items.size()) {
            cancellation.throwIfCancelled();
            int end = Math.min(items.size(), next + batchSize);
            List<Map<String, Object>> batch = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            List<ItemError> batchErrors = new ArrayList<>();
            for (int i = next; i < end; i++) {
                String refused = check.apply(items.get(i));
                if (refused == null) {
                    batch.add(items.get(i));
                    positions.add(i);
                } else {
                    batchErrors.add(new ItemError(i, keyOf.apply(items.get(i)), "VALIDATION_FAILED", null, refused));
                }
            }
            if (!batch.isEmpty()) {
                batches++;
                List<BulkItemResult> results = write.apply(batch);
                for (int j = 0; j < results.size(); j++) {
                    BulkItemResult r = results.get(j);
                    if (r.succeeded()) {
                        written.add(r.result());
                    } else {
                        DatabaseError e = r.error();
                        batchErrors.add(new ItemError(positions.get(j), keyOf.apply(batch.get(j)), e.code().name(),
                                e.errorNum(), e.getMessage()));
                    }
                }
            }
            failed += batchErrors.size();
            batchErrors.sort(Comparator.comparingInt(ItemError::index));
            for (ItemError error : batchErrors) {
                list(errors, onError, error);
            }
            next = end;
            if (!batchErrors.isEmpty() && STOP.equals(onError)) {
                break;
            }
        }
        return new Outcome(written.size(), failed, items.size() - next, errors, errors.size() < failed
                && !IGNORE.equals(onError), written, batches);
    }

    private static void list(List<ItemError> errors, String onError, ItemError error) {
        if (!IGNORE.equals(onError) && errors.size() < MAX_LISTED_ERRORS) {
            errors.add(error);
        }
    }

    /** The {@code _key} of a document, when it is a string. */
    public static String keyOf(Map<String, Object> document) {
        return document != null && document.get("_key") instanceof String key ? key : null;
    }
}
