package io.arangomcp.adapters.mcp.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * HTTP transport: per-tool call counts, error counts and a latency histogram, updated without locks by
 * concurrent calls and read as a snapshot by {@code /metrics}.
 */
final class ToolMetrics {
    /** Histogram bucket upper bounds in seconds (Prometheus {@code le}); +Inf is implied. */
    static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

    private final Map<String, Tool> tools = new ConcurrentHashMap<>();

    /** Records one finished call. */
    void record(String tool, boolean error, long nanos) {
        tools.computeIfAbsent(tool, t -> new Tool()).record(error, nanos);
    }

    /** The tools called so far, with their counters. */
    Map<String, Tool> snapshot() {
        return new java.util.TreeMap<>(tools);
    }

    /** One tool's counters. */
    static final class Tool {
        private final LongAdder calls = new LongAdder();
        private final LongAdder errors = new LongAdder();
        private final LongAdder nanos = new LongAdder();
        private final LongAdder[] buckets = new LongAdder[BUCKETS.length];

        Tool() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void record(boolean error, long elapsedNanos) {
            calls.increment();
            if (error) {
                errors.increment();
            }
            nanos.add(elapsedNanos);
            double seconds = elapsedNanos / 1e9;
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    buckets[i].increment();
                    return;
                }
            }
        }

        long calls() {
            return calls.sum();
        }

        long errors() {
            return errors.sum();
        }

        double seconds() {
            return nanos.sum() / 1e9;
        }

        /** Calls per bucket (not cumulative), in bucket order. */
        long[] bucketCounts() {
            long[] counts = new long[buckets.length];
            for (int i = 0; i < buckets.length; i++) {
                counts[i] = buckets[i].sum();
            }
            return counts;
        }
    }
}
