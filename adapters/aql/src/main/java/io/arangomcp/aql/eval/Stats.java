package io.arangomcp.aql.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** The counters ArangoDB reports in {@code extra.stats}. Owned by one query execution; not thread-safe. */
public final class Stats {
    public long writesExecuted;
    public long writesIgnored;
    public long scannedFull;
    public long scannedIndex;
    public long documentLookups;
    public long filtered;
    public long cursorsCreated;
    public Long fullCount;

    /** The stats object as ArangoDB's cursor API shows it. */
    public Map<String, Object> toMap(double executionTime, long peakMemory) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("writesExecuted", writesExecuted);
        m.put("writesIgnored", writesIgnored);
        m.put("documentLookups", documentLookups);
        m.put("seeks", 0L);
        m.put("scannedFull", scannedFull);
        m.put("scannedIndex", scannedIndex);
        m.put("cursorsCreated", cursorsCreated);
        m.put("cursorsRearmed", 0L);
        m.put("cacheHits", 0L);
        m.put("cacheMisses", 0L);
        m.put("filtered", filtered);
        m.put("httpRequests", 0L);
        if (fullCount != null) {
            m.put("fullCount", fullCount);
        }
        m.put("executionTime", executionTime);
        m.put("peakMemoryUsage", peakMemory);
        m.put("intermediateCommits", 0L);
        return m;
    }
}
