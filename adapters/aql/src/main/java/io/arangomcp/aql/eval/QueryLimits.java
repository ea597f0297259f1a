package io.arangomcp.aql.eval;

/**
 * The limits one query runs under.
 *
 * @param failOnWarning   turn the first warning into an error
 * @param maxWarningCount keep at most this many warnings
 * @param memoryLimit     bytes of tracked memory allowed, 0 for none
 * @param deadlineNanos   {@link System#nanoTime()} after which the query is killed, or {@link Long#MAX_VALUE}
 */
public record QueryLimits(boolean failOnWarning, int maxWarningCount, long memoryLimit, long deadlineNanos) {
    /** No limits beyond ArangoDB's default of ten warnings. */
    public static final QueryLimits NONE = new QueryLimits(false, 10, 0, Long.MAX_VALUE);
}
