package io.arangomcp.toolpacks.coredata.tools.query;

import io.arangomcp.ports.spi.schema.JsonValues;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects query rows up to a row cap and a byte cap, and remembers which cap stopped it.
 */
final class CappedRows {
    static final String BY_ROWS = "rows";
    static final String BY_BYTES = "bytes";

    private final int maxRows;
    private final long maxBytes;
    private final List<Object> rows = new ArrayList<>();
    private long bytes;
    private String truncatedBy;

    CappedRows(int maxRows, long maxBytes) {
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
    }

    /** Adds the rows in order until one does not fit; returns whether all of them fitted. */
    boolean addAll(List<Object> batch) {
        for (Object row : batch) {
            if (!add(row)) {
                return false;
            }
        }
        return true;
    }

    private boolean add(Object row) {
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

    List<Object> rows() {
        return rows;
    }

    /** {@link #BY_ROWS}, {@link #BY_BYTES}, or {@code null} when nothing was left out. */
    String truncatedBy() {
        return truncatedBy;
    }
}
