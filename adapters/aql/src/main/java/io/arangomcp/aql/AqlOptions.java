package io.arangomcp.aql;

/**
 * Options of one query, as ArangoDB's cursor API takes them.
 *
 * @param batchSize       rows per batch (ArangoDB's default 1000)
 * @param count           compute the total number of rows ({@link AqlCursor#count()})
 * @param fullCount       report {@code stats.fullCount}: the rows before the last top-level LIMIT
 * @param maxRuntime      seconds after which the query is killed (error 1500), 0 for none
 * @param memoryLimit     bytes of tracked memory the query may use (error 32), 0 for the engine default
 * @param failOnWarning   turn the first warning into an error
 * @param maxWarningCount keep at most this many warnings
 * @param profile         0 off, 1 phase timings, 2 also per-node statistics and the plan
 */
public record AqlOptions(int batchSize, boolean count, boolean fullCount, double maxRuntime, long memoryLimit,
                         boolean failOnWarning, int maxWarningCount, int profile) {

    private static final AqlOptions DEFAULTS = new AqlOptions(1000, false, false, 0, 0, false, 10, 0);

    public AqlOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        if (maxRuntime < 0 || memoryLimit < 0 || maxWarningCount < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
        if (profile < 0 || profile > 2) {
            throw new IllegalArgumentException("profile must be 0, 1 or 2");
        }
    }

    /** ArangoDB's defaults: batches of 1000, no count, no limits, at most ten warnings. */
    public static AqlOptions defaults() {
        return DEFAULTS;
    }

    public AqlOptions withBatchSize(int value) {
        return new AqlOptions(value, count, fullCount, maxRuntime, memoryLimit, failOnWarning, maxWarningCount,
                profile);
    }

    public AqlOptions withCount(boolean value) {
        return new AqlOptions(batchSize, value, fullCount, maxRuntime, memoryLimit, failOnWarning, maxWarningCount,
                profile);
    }

    public AqlOptions withFullCount(boolean value) {
        return new AqlOptions(batchSize, count, value, maxRuntime, memoryLimit, failOnWarning, maxWarningCount,
                profile);
    }

    public AqlOptions withMaxRuntime(double seconds) {
        return new AqlOptions(batchSize, count, fullCount, seconds, memoryLimit, failOnWarning, maxWarningCount,
                profile);
    }

    public AqlOptions withMemoryLimit(long bytes) {
        return new AqlOptions(batchSize, count, fullCount, maxRuntime, bytes, failOnWarning, maxWarningCount,
                profile);
    }

    public AqlOptions withFailOnWarning(boolean value) {
        return new AqlOptions(batchSize, count, fullCount, maxRuntime, memoryLimit, value, maxWarningCount, profile);
    }

    public AqlOptions withMaxWarningCount(int value) {
        return new AqlOptions(batchSize, count, fullCount, maxRuntime, memoryLimit, failOnWarning, value, profile);
    }

    public AqlOptions withProfile(int value) {
        return new AqlOptions(batchSize, count, fullCount, maxRuntime, memoryLimit, failOnWarning, maxWarningCount,
                value);
    }
}
