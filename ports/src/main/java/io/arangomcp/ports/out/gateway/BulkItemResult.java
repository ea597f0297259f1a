package io.arangomcp.ports.out.gateway;

import io.arangomcp.domain.error.DatabaseError;

/**
 * The outcome of one document in a bulk write: either a {@link WriteResult} or the error for that document.
 * A bulk write never fails as a whole because one document failed.
 *
 * @param result the write result, or {@code null} when this document failed
 * @param error  the failure, or {@code null} when it succeeded
 * @since 0.1
 */
public record BulkItemResult(WriteResult result, DatabaseError error) {
    public BulkItemResult {
        if ((result == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of result and error must be set");
        }
    }

    public static BulkItemResult success(WriteResult result) {
        return new BulkItemResult(result, null);
    }

    public static BulkItemResult failure(DatabaseError error) {
        return new BulkItemResult(null, error);
    }

    public boolean succeeded() {
        return result != null;
    }
}
