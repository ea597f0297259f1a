package io.arangomcp.bench;

import io.arangomcp.aql.AqlCursor;
import io.arangomcp.aql.AqlEngine;
import io.arangomcp.aql.AqlOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each AQL query against a hand-written Java loop doing the same work on the same data, in the same run:
 * FILTER + SORT + LIMIT and COLLECT AGGREGATE over one million documents, 1,000 primary-key lookups, and 3-hop
 * traversals from 20 start vertices over 100,000 edges.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class AqlVsJavaBenchmark {
    private static final AqlOptions OPTIONS = AqlOptions.defaults().withBatchSize(10_000);

    private BenchCatalog catalog;
    private AqlEngine engine;
    private List<String> keys;
    private List<String> starts;

    @Setup(Level.Trial)
    public void setUp() {
        catalog = BenchData.build();
        engine = new AqlEngine();
        Random random = new Random(7);
        keys = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            keys.add("k" + random.nextInt(BenchData.DOCUMENTS));
        }
        starts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            starts.add("nodes/v" + random.nextInt(BenchData.VERTICES));
        }
    }

    private List<Object> run(String query, Map<String, Object> bindVars) {
        List<Object> rows = new ArrayList<>();
        try (AqlCursor cursor = engine.execute(query, bindVars, OPTIONS, catalog)) {
            while (cursor.hasMore()) {
                rows.addAll(cursor.nextBatch());
            }
        }
        return rows;
    }

    @Benchmark
    public List<Object> filterSortLimitAql() {
        return run("FOR d IN docs FILTER d.age > 50 SORT d.score DESC LIMIT 10 RETURN d", Map.of());
    }

    @Benchmark
    public List<Object> filterSortLimitJava() {
        PriorityQueue<Map<String, Object>> top = new PriorityQueue<>(
                Comparator.comparingDouble(d -> ((Number) d.get("score")).doubleValue()));
        for (Map<String, Object> d : catalog.docs("docs")) {
            if (((Number) d.get("age")).longValue() > 50) {
                top.add(d);
                if (top.size() > 10) {
                    top.poll();
                }
            }
        }
        List<Object> out = new ArrayList<>(top);
        out.sort(Comparator.comparingDouble(d -> -((Number) ((Map<?, ?>) d).get("score")).doubleValue()));
        return out;
    }

    @Benchmark
    public List<Object> collectAggregateAql() {
        return run("FOR d IN docs COLLECT g = d.group AGGREGATE n = COUNT(1), s = SUM(d.score) RETURN { g, n, s }",
                Map.of());
    }

    @Benchmark
    public List<Object> collectAggregateJava() {
        Map<String, double[]> groups = new HashMap<>();
        for (Map<String, Object> d : catalog.docs("docs")) {
            double[] acc = groups.computeIfAbsent((String) d.get("group"), k -> new double[2]);
            acc[0]++;
            acc[1] += ((Number) d.get("score")).doubleValue();
        }
        List<Object> out = new ArrayList<>();
        for (Map.Entry<String, double[]> e : new TreeMap<>(groups).entrySet()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("g", e.getKey());
            row.put("n", (long) e.getValue()[0]);
            row.put("s", e.getValue()[1]);
            out.add(row);
        }
        return out;
    }

    @Benchmark
    public List<Object> indexedLookupAql() {
        return run("FOR k IN @keys FOR d IN docs FILTER d._key == k RETURN d.score", Map.of("keys", keys));
    }

    @Benchmark
    public List<Object> indexedLookupJava() {
        List<Object> out = new ArrayList<>(keys.size());
        for (String k : keys) {
            Map<String, Object> d = catalog.get("docs", k);
            if (d != null) {
                out.add(d.get("score"));
            }
        }
        return out;
    }

    @Benchmark
    public List<Object> traversal3HopAql() {
        return run("FOR s IN @starts FOR v IN 3..3 OUTBOUND s edges RETURN v._key", Map.of("starts", starts));
    }

    @Benchmark
    public List<Object> traversal3HopJava() {
        List<Object> out = new ArrayList<>();
        for (String s : starts) {
            for (Map<String, Object> e1 : catalog.outbound("edges", s)) {
                String v1 = (String) e1.get("_to");
                for (Map<String, Object> e2 : catalog.outbound("edges", v1)) {
                    if (e2 == e1) {
                        continue;
                    }
                    String v2 = (String) e2.get("_to");
                    for (Map<String, Object> e3 : catalog.outbound("edges", v2)) {
                        if (e3 == e1 || e3 == e2) {
                            continue;
                        }
                        String v3 = (String) e3.get("_to");
                        Map<String, Object> vertex = catalog.get("nodes", v3.substring(v3.indexOf('/') + 1));
                        out.add(vertex == null ? null : vertex.get("_key"));
                    }
                }
            }
        }
        return out;
    }
}
