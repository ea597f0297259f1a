package io.arangomcp.toolpacks.graph.tools.analysis;

import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.spi.schema.Doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How many distinct vertices a sample of vertices reaches within a depth, following outgoing edges of a named
 * graph. The sample is deterministic (the first vertices of each vertex collection, in proportion to its size),
 * so repeated calls agree.
 */
public final class Reachability {
    static final String SAMPLE_QUERY = "FOR v IN @@collection LIMIT @count RETURN v._id";
    /** Counts vertices, not paths: global uniqueness visits each vertex once. */
    static final String REACH_QUERY = "FOR s IN @starts LET reached = LENGTH(FOR v IN 1..@depth OUTBOUND s"
            + " GRAPH @graph OPTIONS {order: \"bfs\", uniqueVertices: \"global\"} RETURN 1) RETURN reached";

    private Reachability() {
    }

    /**
     * The connectivity summary.
     *
     * @param sample_size            how many start vertices were sampled
     * @param depth                  the depth walked
     * @param avg_reachable_vertices the mean number of distinct vertices reached
     * @param max_reachable_vertices the most reached
     * @param min_reachable_vertices the fewest reached
     * @param sampling               how the sample was chosen
     */
    public record Summary(
            @Doc("How many start vertices were sampled.") int sample_size,
            @Doc("The most steps walked from each.") int depth,
            @Doc("The mean number of distinct vertices reached (the start not counted).")
            double avg_reachable_vertices,
            @Doc("The most vertices one start reached.") long max_reachable_vertices,
            @Doc("The fewest vertices one start reached.") long min_reachable_vertices,
            @Doc("How the sample was chosen.") String sampling) {
    }

    static Summary measure(DatabaseGateway db, String graph, Map<String, Long> counts, int sampleSize, int depth,
                           double maxRuntimeSeconds) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Object> starts = new ArrayList<>();
        for (Map.Entry<String, Long> c : counts.entrySet()) {
            if (c.getValue() == 0 || starts.size() >= sampleSize) {
                continue;
            }
            long share = Math.max(1, Math.round((double) sampleSize * c.getValue() / total));
            long take = Math.min(share, sampleSize - starts.size());
            starts.addAll(Queries.all(db, SAMPLE_QUERY, Map.of("@collection", c.getKey(), "count", take),
                    maxRuntimeSeconds));
        }
        List<Object> reached = starts.isEmpty() ? List.of()
                : Queries.all(db, REACH_QUERY, Map.of("starts", starts, "depth", depth, "graph", graph), maxRuntimeSeconds);
        long max = 0;
        long min = reached.isEmpty() ? 0 : Long.MAX_VALUE;
        long sum = 0;
        for (Object r : reached) {
            long n = ((Number) r).longValue();
            max = Math.max(max, n);
            min = Math.min(min, n);
            sum += n;
        }
        double avg = reached.isEmpty() ? 0 : (double) sum / reached.size();
        return new Summary(starts.size(), depth, avg, max, min,
                "the first vertices of each vertex collection, in proportion to its size");
    }
}
