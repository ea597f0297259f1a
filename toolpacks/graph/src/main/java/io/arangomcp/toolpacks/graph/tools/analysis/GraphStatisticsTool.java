package io.arangomcp.toolpacks.graph.tools.analysis;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.Capability;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.GraphInfo;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Alias;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.Range;
import io.arangomcp.toolpacks.graph.GraphPack;
import io.arangomcp.toolpacks.graph.tools.analysis.DegreeDistribution.DegreeCount;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tool: size, density, out-degree distribution and reachability of named graphs, each bounded in cost.
 */
public final class GraphStatisticsTool implements Tool<GraphStatisticsTool.Arguments, GraphStatisticsTool.Result> {
    static final String NO_AQL = "degree distribution and connectivity need AQL, which this database does not offer";
    private static final ToolSpec SPEC = ToolSpec.database("arango_graph_statistics", "Graph statistics",
            GraphPack.ADVANCED, OperationKind.READ,
            "Describes one named graph (graphName) or every graph: vertex and edge counts, density, the "
                    + "out-degree distribution over all its edge collections (computed by the database), and the "
                    + "number of distinct vertices a deterministic sample of sampleSize vertices reaches within "
                    + "max_depth steps. Costs are bounded by the sample size, the server's depth limit and its "
                    + "query timeout. Without AQL only counts and density are given. An unknown graphName fails with "
                    + "NOT_FOUND.");

    public record Arguments(
            @Doc("The graph to describe; leave out for every graph.") @Alias("graph_name") String graphName,
            @Doc("Compute the out-degree distribution.") @Default("true") @Alias("include_degree_distribution")
            boolean includeDegreeDistribution,
            @Doc("Measure reachability from a sample of vertices.") @Default("true") @Alias("include_connectivity")
            boolean includeConnectivity,
            @Doc("How many vertices to sample for reachability.") @Default("100") @Range(min = 1, max = 1000)
            @Alias("sample_size") int sampleSize,
            @Doc("Accepted for compatibility: the distribution always covers every edge collection.")
            @Default("false") @Alias("aggregate_collections") boolean aggregateCollections,
            @Doc("Also give the distribution of each edge collection on its own.") @Default("false")
            @Alias("per_collection_stats") boolean perCollectionStats,
            @Doc("The most steps walked for reachability; defaults to the server's --max-depth.")
            @Range(min = 1, max = 100) Integer max_depth) {
    }

    /** The statistics of one graph. */
    public record GraphStats(
            @Doc("The graph.") String graph_name,
            @Doc("Its vertex collections.") List<String> vertex_collections,
            @Doc("Its edge collections.") List<String> edge_collections,
            @Doc("Documents in its existing vertex collections.") long total_vertices,
            @Doc("Documents in its existing edge collections.") long total_edges,
            @Doc("Edges / (vertices x (vertices - 1)); 0 with fewer than 2 vertices.") double density,
            @Doc("How many vertices have each out-degree, degree ascending.")
            List<DegreeCount> out_degree_distribution,
            @Doc("The highest out-degree.") Long max_out_degree,
            @Doc("Edges per vertex.") Double avg_out_degree,
            @Doc("With perCollectionStats: the distribution per edge collection (vertices without edges left out).")
            Map<String, List<DegreeCount>> per_collection_degree_distribution,
            @Doc("Reachability from a sample of vertices.") Reachability.Summary connectivity,
            @Doc("What was left out and why.") List<String> notes) {
    }

    public record Result(
            @Doc("How many graphs were analysed.") int graphs_analyzed,
            @Doc("Per graph, in the server's order.") List<GraphStats> statistics,
            @Doc("When the analysis ran, ISO-8601 UTC.") String analysis_timestamp) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments a, ToolContext context) {
        int depth = a.max_depth() == null ? context.limits().maxDepth() : a.max_depth();
        if (depth > context.limits().maxDepth()) {
            throw ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS, "max_depth " + depth
                    + " is above this server's limit of " + context.limits().maxDepth()).build();
        }
        DatabaseGateway db = context.database();
        List<GraphInfo> graphs = GraphSelection.select(db, a.graphName());
        Set<String> existing = GraphSelection.existingCollections(db);
        boolean aql = db.capabilities().contains(Capability.AQL);
        double runtime = context.limits().queryTimeout().toMillis() / 1000.0;
        List<GraphStats> stats = new ArrayList<>();
        for (GraphInfo graph : graphs) {
            context.cancellation().throwIfCancelled();
            stats.add(describe(db, graph, existing, a, aql, depth, runtime));
        }
        return new Result(stats.size(), stats, context.now().toString());
    }

    private static GraphStats describe(DatabaseGateway db, GraphInfo graph, Set<String> existing, Arguments a,
                                       boolean aql, int depth, double runtime) {
        Map<String, Long> vertexCounts = counts(db, graph.vertexCollections(), existing);
        Map<String, Long> edgeCounts = counts(db, graph.edgeCollections(), existing);
        long v = vertexCounts.values().stream().mapToLong(Long::longValue).sum();
        long e = edgeCounts.values().stream().mapToLong(Long::longValue).sum();
        double density = v > 1 ? (double) e / ((double) v * (v - 1)) : 0;
        List<String> notes = new ArrayList<>();
        List<DegreeCount> distribution = null;
        Map<String, List<DegreeCount>> perCollection = null;
        Reachability.Summary connectivity = null;
        List<String> edges = List.copyOf(edgeCounts.keySet());
        if (!aql && (a.includeDegreeDistribution() || a.includeConnectivity())) {
            notes.add(NO_AQL);
        } else {
            if (a.includeDegreeDistribution() && !edges.isEmpty()) {
                distribution = DegreeDistribution.histogram(db, edges, v, runtime);
                if (a.perCollectionStats()) {
                    perCollection = new LinkedHashMap<>();
                    for (String edge : edges) {
                        perCollection.put(edge, DegreeDistribution.histogram(db, List.of(edge), -1, runtime));
                    }
                }
            }
            if (a.includeConnectivity() && v > 0) {
                connectivity = Reachability.measure(db, graph.name(), vertexCounts, a.sampleSize(), depth, runtime);
            }
        }
        return new GraphStats(graph.name(), graph.vertexCollections(), graph.edgeCollections(), v, e, density,
                distribution, distribution == null ? null : DegreeDistribution.max(distribution),
                distribution == null ? null : v == 0 ? 0.0 : (double) e / v, perCollection, connectivity, notes);
    }

    /** The document counts of the collections that exist, in the given order. */
    private static Map<String, Long> counts(DatabaseGateway db, List<String> collections, Set<String> existing) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String c : collections) {
            if (existing.contains(c)) {
                counts.put(c, db.count(c));
            }
        }
        return counts;
    }
}
