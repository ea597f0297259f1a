package io.arangomcp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangomcp.testkit.mcp.StdioMcpClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Benchmark: how fast the real jar starts and answers over stdio. Measures, on the in-memory backend:
 * spawn → {@code initialize} answered (median of N runs), the resident set size after start, and the latency of
 * {@code arango_get_focused_database} over stdio (median and p99 of many sequential calls after a warm-up).
 *
 * <p>Run: {@code mvn -B -q -Pbench -pl bench -am package -DskipTests -Dbench.skip=false
 * -Dbench.main=io.arangomcp.bench.StdioBenchmark} (optional: {@code -Dbench.args="RUNS CALLS JVM-FLAGS…"}).
 */
public final class StdioBenchmark {
    private StdioBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("arango-mcp.jar")).toAbsolutePath();
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        List<String> jvmFlags = args.length > 2 ? List.of(Arrays.copyOfRange(args, 2, args.length)) : List.of();
        Path cwd = Files.createTempDirectory("arango-mcp-bench");
        System.out.println("jar: " + jar.getFileName() + ", java " + Runtime.version() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, JVM flags " + jvmFlags);

        List<Double> startups = new ArrayList<>();
        List<Long> rss = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            try (StdioMcpClient client = StdioMcpClient.start(jar, cwd, Map.of(), jvmFlags, "serve", "--backend",
                    "memory")) {
                client.initialize();
                startups.add((System.nanoTime() - t0) / 1e6);
                Thread.sleep(500);
                rss.add(rssKilobytes(client.pid()));
                client.closeAndWait(Duration.ofSeconds(30));
            }
        }
        System.out.printf("spawn -> initialize answered: median %.0f ms (runs: %s)%n", median(startups),
                startups.stream().map(d -> String.format("%.0f", d)).toList());
        System.out.printf("RSS 0.5 s after initialize: median %d MiB%n", medianLong(rss) / 1024);

        try (StdioMcpClient client = StdioMcpClient.start(jar, cwd, Map.of(), jvmFlags, "serve", "--backend",
                "memory")) {
            client.initialize();
            for (int i = 0; i < 200; i++) {
                client.callTool("arango_get_focused_database", Map.of());
            }
            double[] latencies = new double[calls];
            long all = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                long t = System.nanoTime();
                JsonNode r = client.callTool("arango_get_focused_database", Map.of());
                latencies[i] = (System.nanoTime() - t) / 1e6;
                if (r.get("isError").asBoolean()) {
                    throw new IllegalStateException("call failed: " + r);
                }
            }
            double seconds = (System.nanoTime() - all) / 1e9;
            Arrays.sort(latencies);
            System.out.printf("arango_get_focused_database over stdio, %d sequential calls after 200 warm-up: "
                            + "median %.3f ms, p99 %.3f ms, max %.3f ms, %.0f calls/s%n", calls,
                    latencies[calls / 2], latencies[(int) Math.ceil(calls * 0.99) - 1], latencies[calls - 1],
                    calls / seconds);
            System.out.printf("RSS after the calls: %d MiB%n", rssKilobytes(client.pid()) / 1024);
            client.closeAndWait(Duration.ofSeconds(30));
        }
    }

    private static long rssKilobytes(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long medianLong(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
