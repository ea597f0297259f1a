package io.arangomcp.ports.spi;

import io.arangomcp.ports.spi.schema.JsonValues;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects result rows up to a row cap and a byte cap (the serialized JSON size of the rows), and remembers which
 * cap stopped it, so tools can return partial results with an honest {@code truncated} flag. Not thread-safe: one
 * per call.
 *
 * <p>Example:
 * <pre>{@code
 * CappedRows rows = new CappedRows(context.limits().maxRows(), context.limits().maxResultBytes());
 * boolean more = true;
 * while (more) {
 *     more = rows.addAll(cursor.nextBatch()) && cursor.hasMore();
 * }
 * return new Result(rows.rows(), rows.truncatedBy() != null);
 * }</pre>
 *
 * @since 0.1
 */
public final class CappedRows {
    /** {@link #truncatedBy()} when the row cap was reached. */
    public static final String BY_ROWS = "rows";
    /** {@link #truncatedBy()} when the byte cap was reached. */
    public static final String BY_BYTES = "bytes";

    private final int maxRows;
    private final long maxBytes;
    private final List<Object> rows = new ArrayList<>();
    private long bytes;
    private String truncatedBy;

    /**
     * @param maxRows  the most rows kept
     * @param maxBytes the most bytes of rows kept, as a JSON array
     */
    public CappedRows(int maxRows, long maxBytes) {
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
    }

    /** A collector with the caps of {@code limits}. */
    public static CappedRows of(Limits limits) {
        return new CappedRows(limits.maxRows(), limits.maxResultBytes());
    }

    /** Adds the rows in order until one does not fit; returns whether all of them fitted. */
    public boolean addAll(List<?> batch) {
        for (Object row : batch) {
            if (!add(row)) {
                return false;
            }
        }
        return true;
    }

    /** Adds one row if it fits; returns whether it did. */
    public boolean add(Object row) {
        if (rows.size() >= maxRows) {
            truncatedBy = BY_ROWS;
            return false;
        }
        // The rows' size as a JSON array: each row plus the comma before it.
        long size = JsonValues.approximateSize(row) + (rows.isEmpty() ? 0 : 1);
        if (bytes + size > maxBytes) {
            truncatedBy = BY_BYTES;
            return false;
        }
        rows.add(row);
        bytes += size;
        return true;
    }

    /** The rows kept, in order. */
    public List<Object> rows() {
        return rows;
    }

    /** {@link #BY_ROWS}, {@link #BY_BYTES}, or {@code null} when nothing was left out. */
    public String truncatedBy() {
        return truncatedBy;
    }
}
