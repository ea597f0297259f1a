package io.arangomcp.bench;

import io.arangomcp.aql.AqlCursor;
import io.arangomcp.aql.AqlEngine;
import io.arangomcp.aql.AqlOptions;
import java.util.List;
import java.util.Map;

/**
 * Measures the extra heap a streamed one-million-row result needs while the caller reads it batch by batch:
 * the used heap after a full GC, sampled every 50,000 rows, minus the used heap before the query.
 */
public final class StreamingMemory {
    private StreamingMemory() {
    }

    public static void main(String[] args) {
        AqlEngine engine = new AqlEngine();
        BenchCatalog catalog = BenchData.build();
        String[] queries = {
            "FOR i IN 1..1000000 RETURN { i, s: CONCAT('row-', i) }",
            "FOR d IN docs RETURN { key: d._key, score: d.score }"
        };
        for (String query : queries) {
            long before = usedAfterGc();
            long peak = 0;
            long rows = 0;
            try (AqlCursor cursor = engine.execute(query, Map.of(), AqlOptions.defaults(), catalog)) {
                while (cursor.hasMore()) {
                    List<Object> batch = cursor.nextBatch();
                    rows += batch.size();
                    if (rows % 50_000 == 0) {
                        peak = Math.max(peak, usedAfterGc() - before);
                    }
                }
            }
            System.out.printf("streamed %d rows of %s: peak extra heap %.1f MB%n", rows, query, peak / 1048576.0);
        }
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
