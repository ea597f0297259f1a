package io.arangomcp.ports.out.gateway;

/**
 * Options of an AQL query, as ArangoDB's cursor API takes them.
 *
 * @param batchSize       rows per batch, or {@code null} for the server default (1000)
 * @param count           compute the total number of rows ({@link QueryCursor#count()})
 * @param fullCount       compute the rows before the last top-level LIMIT ({@code stats.fullCount})
 * @param maxRuntime      seconds after which the query is killed, or {@code null} for no limit
 * @param memoryLimit     bytes the query may use, or {@code null} for the server default
 * @param failOnWarning   turn warnings into errors, or {@code null} for the server default (false)
 * @param maxWarningCount the most warnings reported, or {@code null} for the server default (10)
 * @param profile         0 = off, 1 = per-phase timings, 2 = also per-node statistics and the plan
 * @since 0.1
 */
public record QueryOptions(Integer batchSize, boolean count, boolean fullCount, Double maxRuntime,
                           Long memoryLimit, Boolean failOnWarning, Integer maxWarningCount, int profile) {

    public QueryOptions {
        if (batchSize != null && batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        if (maxRuntime != null && !(maxRuntime > 0)) {
            throw new IllegalArgumentException("maxRuntime must be more than 0 seconds");
        }
        if (memoryLimit != null && memoryLimit < 0) {
            throw new IllegalArgumentException("memoryLimit must not be negative");
        }
        if (profile < 0 || profile > 2) {
            throw new IllegalArgumentException("profile must be 0, 1 or 2");
        }
    }

    private static final QueryOptions DEFAULTS = new QueryOptions(null, false, false, null, null, null, null, 0);

    /** The server defaults. */
    public static QueryOptions defaults() {
        return DEFAULTS;
    }

    public QueryOptions withBatchSize(Integer value) {
        return new QueryOptions(value, count, fullCount, maxRuntime, memoryLimit, failOnWarning, maxWarningCount,
                profile);
    }

    public QueryOptions withCount(boolean value) {
        return new QueryOptions(batchSize, value, fullCount, maxRuntime, memoryLimit, failOnWarning, maxWarningCount,
                profile);
    }

    public QueryOptions withFullCount(boolean value) {
        return new QueryOptions(batchSize, count, value, maxRuntime, memoryLimit, failOnWarning, maxWarningCount,
                profile);
    }

    public QueryOptions withMaxRuntime(Double value) {
        return new QueryOptions(batchSize, count, fullCount, value, memoryLimit, failOnWarning, maxWarningCount,
                profile);
    }

    public QueryOptions withMemoryLimit(Long value) {
        return new QueryOptions(batchSize, count, fullCount, maxRuntime, value, failOnWarning, maxWarningCount,
                profile);
    }

    public QueryOptions withFailOnWarning(Boolean value) {
        return new QueryOptions(batchSize, count, fullCount, maxRuntime, memoryLimit, value, maxWarningCount,
                profile);
    }

    public QueryOptions withMaxWarningCount(Integer value) {
        return new QueryOptions(batchSize, count, fullCount, maxRuntime, memoryLimit, failOnWarning, value,
                profile);
    }

    public QueryOptions withProfile(int value) {
        return new QueryOptions(batchSize, count, fullCount, maxRuntime, memoryLimit, failOnWarning, maxWarningCount,
                value);
    }
}
