package io.arangomcp.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.Supplier;

/**
 * A noise-resistant companion to the JMH run for shared, busy machines: each AQL benchmark and its hand-written
 * loop run alternately in short rounds in one JVM, timed by the CPU time of the whole process (so the JIT and
 * the garbage collector count, but time spent waiting for a core held by other processes does not), and the best
 * round of each side is compared. Arguments, if any, name the pairs to run.
 */
public final class InterleavedRatios {
    private static final int ROUNDS = 40;
    private static final long ROUND_NANOS = 250_000_000L;
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private InterleavedRatios() {
    }

    public static void main(String[] args) {
        AqlVsJavaBenchmark b = new AqlVsJavaBenchmark();
        b.setUp();
        List<String> only = List.of(args);
        compare(only, "filterSortLimit", b::filterSortLimitAql, b::filterSortLimitJava);
        compare(only, "collectAggregate", b::collectAggregateAql, b::collectAggregateJava);
        compare(only, "indexedLookup", b::indexedLookupAql, b::indexedLookupJava);
        compare(only, "traversal3Hop", b::traversal3HopAql, b::traversal3HopJava);
    }

    /** Compares one pair, unless the command line names others only. */
    private static void compare(List<String> only, String name, Supplier<List<Object>> aql,
                                Supplier<List<Object>> java) {
        if (!only.isEmpty() && !only.contains(name)) {
            return;
        }
        if (aql.get().size() != java.get().size()) {
            throw new IllegalStateException(name + ": the AQL query and the loop disagree on the result size");
        }
        double bestAql = Double.MAX_VALUE;
        double bestJava = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            bestAql = Math.min(bestAql, msPerOp(aql));
            bestJava = Math.min(bestJava, msPerOp(java));
        }
        System.out.printf("%-18s aql %9.3f ms  java %9.3f ms  ratio %5.2f%n", name, bestAql, bestJava,
                bestAql / bestJava);
    }

    /** The mean process CPU time of one call over a round of about a quarter second. */
    private static double msPerOp(Supplier<List<Object>> work) {
        long start = System.nanoTime();
        long cpuStart = OS.getProcessCpuTime();
        long calls = 0;
        do {
            work.get();
            calls++;
        } while (System.nanoTime() - start < ROUND_NANOS);
        return (OS.getProcessCpuTime() - cpuStart) / 1e6 / calls;
    }
}
