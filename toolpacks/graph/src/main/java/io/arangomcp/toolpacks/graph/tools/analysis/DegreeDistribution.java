package io.arangomcp.toolpacks.graph.tools.analysis;

import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.spi.schema.Doc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Out-degree histograms, computed by the database (only the histogram travels): how many vertices have 0, 1, 2, …
 * outgoing edges over a set of edge collections. Collection names are bind parameters.
 */
public final class DegreeDistribution {
    private DegreeDistribution() {
    }

    /**
     * One bar of a histogram.
     *
     * @param degree    the out-degree
     * @param frequency how many vertices have it
     */
    public record DegreeCount(
            @Doc("The number of outgoing edges.") long degree,
            @Doc("How many vertices have that many.") long frequency) {
    }

    /** The query over the given edge collections, as {@code @@edges0, @@edges1, ...}. */
    static String query(int collections) {
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < collections; i++) {
            sources.add("(FOR x IN @@edges" + i + " RETURN x._from)");
        }
        String froms = collections == 1 ? sources.get(0) : "UNION(" + String.join(", ", sources) + ")";
        return "FOR f IN " + froms + " COLLECT vertex = f WITH COUNT INTO outDegree"
                + " COLLECT degree = outDegree WITH COUNT INTO frequency SORT degree RETURN {degree, frequency}";
    }

    /**
     * The histogram of out-degrees over the edge collections, with the vertices that have no outgoing edge counted
     * at degree 0 when {@code vertices} is known (not negative).
     */
    static List<DegreeCount> histogram(DatabaseGateway db, List<String> edgeCollections, long vertices,
                                       double maxRuntimeSeconds) {
        Map<String, Object> bindVars = new LinkedHashMap<>();
        for (int i = 0; i < edgeCollections.size(); i++) {
            bindVars.put("@edges" + i, edgeCollections.get(i));
        }
        List<DegreeCount> bars = new ArrayList<>();
        long withEdges = 0;
        for (Object row : Queries.all(db, query(edgeCollections.size()), bindVars, maxRuntimeSeconds)) {
            Map<?, ?> bar = (Map<?, ?>) row;
            DegreeCount count = new DegreeCount(((Number) bar.get("degree")).longValue(),
                    ((Number) bar.get("frequency")).longValue());
            bars.add(count);
            withEdges += count.frequency();
        }
        if (vertices > withEdges) {
            bars.add(0, new DegreeCount(0, vertices - withEdges));
        }
        return bars;
    }

    /** The highest degree of a histogram, 0 when it is empty. */
    static long max(List<DegreeCount> bars) {
        return bars.stream().mapToLong(DegreeCount::degree).max().orElse(0);
    }
}
