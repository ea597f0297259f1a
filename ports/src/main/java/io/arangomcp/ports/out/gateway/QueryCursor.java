package io.arangomcp.ports.out.gateway;

import java.util.List;
import java.util.Map;

/**
 * A running AQL query whose rows are fetched batch by batch. Rows are produced lazily: a caller that stops
 * reading and closes the cursor never makes the backend hold the whole result.
 *
 * <p>Not thread-safe: one caller reads one cursor. Always close it (try-with-resources); closing a cursor that
 * still has rows kills the query on the server.
 *
 * @since 0.1
 */
public interface QueryCursor extends AutoCloseable {

    /** The next batch of rows; an empty list once the result is exhausted. */
    List<Object> nextBatch();

    /** Whether more batches may follow. */
    boolean hasMore();

    /** The total number of rows when the query ran with {@code count}, else {@code null}. */
    Long count();

    /**
     * The cursor's {@code extra} object as ArangoDB reports it: {@code warnings} (a list of
     * {@code {code, message}}), {@code stats} ({@code writesExecuted}, {@code writesIgnored}, {@code scannedFull},
     * {@code scannedIndex}, {@code filtered}, {@code fullCount}, {@code executionTime}, …, and {@code nodes} when
     * profiled) and {@code profile} when profiled. Complete once the result is exhausted.
     */
    Map<String, Object> extra();

    /** Releases the cursor; kills the query if it has not finished. Idempotent. */
    @Override
    void close();
}
