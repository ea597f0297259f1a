package io.arangomcp.toolpacks.graph.tools.analysis;

import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.QueryCursor;
import io.arangomcp.ports.out.gateway.QueryOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the analysis queries, whose results are small by construction (histograms, one number per sampled vertex).
 */
final class Queries {
    private Queries() {
    }

    /** Every row of the query, bounded in time by {@code maxRuntimeSeconds}. */
    static List<Object> all(DatabaseGateway db, String query, Map<String, Object> bindVars,
                            double maxRuntimeSeconds) {
        List<Object> rows = new ArrayList<>();
        try (QueryCursor cursor = db.query(query, bindVars, QueryOptions.defaults().withMaxRuntime(maxRuntimeSeconds))) {
            List<Object> batch = cursor.nextBatch();
            while (!batch.isEmpty()) {
                rows.addAll(batch);
                batch = cursor.hasMore() ? cursor.nextBatch() : List.of();
            }
        }
        return rows;
    }
}
