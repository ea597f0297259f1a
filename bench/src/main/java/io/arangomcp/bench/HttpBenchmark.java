package io.arangomcp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangomcp.testkit.mcp.HttpMcpClient;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark: load on the streamable HTTP transport. Starts the real jar ({@code serve --transport http} on the
 * in-memory backend, loopback, a free port) and drives 1, 10 and 100 sessions from this JVM, each session on its
 * own thread calling tools back to back (a mix of {@code arango_get_focused_database},
 * {@code arango_list_collections} and {@code arango_insert} into the session's own collection). Per level: a
 * warm-up, then a timed window; reports aggregate calls/s and the p50/p99/max latency of one call.
 *
 * <p>Run: {@code mvn -B -q -Pbench -pl bench -am package -DskipTests -Dbench.skip=false
 * -Dbench.main=io.arangomcp.bench.HttpBenchmark} (optional: {@code -Dbench.args="SECONDS LEVELS… "}, e.g.
 * {@code "20 1 10 100"}).
 */
public final class HttpBenchmark {
    private static final Pattern SERVING = Pattern.compile("serving MCP over streamable HTTP at (\\S+)");
    private static final int WARM_UP_SECONDS = 5;

    private HttpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("arango-mcp.jar")).toAbsolutePath();
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int[] levels = args.length > 1 ? Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray()
                : new int[]{1, 10, 100};
        System.out.println("jar: " + jar.getFileName() + ", java " + Runtime.version() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores; " + seconds + " s per level after "
                + WARM_UP_SECONDS + " s warm-up; server and client on this machine over loopback");
        Process server = start(jar);
        try {
            URI endpoint = endpoint(server);
            HttpClient http = HttpMcpClient.newHttpClient();
            for (int sessions : levels) {
                run(http, endpoint, sessions, WARM_UP_SECONDS, false);
                run(http, endpoint, sessions, seconds, true);
            }
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void run(HttpClient http, URI endpoint, int sessions, int seconds, boolean report)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        CountDownLatch ready = new CountDownLatch(sessions);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<CompletableFuture<double[]>> results = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            int id = s;
            results.add(CompletableFuture.supplyAsync(() -> {
                try (HttpMcpClient client = new HttpMcpClient(http, endpoint, null)) {
                    client.initialize();
                    String collection = "bench_" + id + "_" + System.nanoTime();
                    expectOk(client.callTool("arango_create_collection", Map.of("name", collection)));
                    ready.countDown();
                    go.await();
                    return loop(client, collection, window);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, pool));
        }
        ready.await();
        window[0] = System.nanoTime();
        window[1] = window[0] + TimeUnit.SECONDS.toNanos(seconds);
        go.countDown();
        double[] all = results.stream().map(CompletableFuture::join).flatMapToDouble(Arrays::stream).toArray();
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        pool.shutdown();
        if (!report) {
            return;
        }
        Arrays.sort(all);
        System.out.printf("%3d session(s): %6d calls in %.1f s = %6.0f calls/s; latency p50 %.2f ms, p99 %.2f ms, "
                        + "max %.1f ms%n", sessions, all.length, elapsed, all.length / elapsed, percentile(all, 0.50),
                percentile(all, 0.99), all[all.length - 1]);
    }

    /** Calls tools back to back until the window closes; returns each call's latency in ms. */
    private static double[] loop(HttpMcpClient client, String collection, long[] window) throws Exception {
        double[] latencies = new double[1 << 16];
        int n = 0;
        for (long i = 0; System.nanoTime() < window[1]; i++) {
            long t = System.nanoTime();
            JsonNode result;
            switch ((int) (i % 3)) {
                case 0:
                    result = client.callTool("arango_get_focused_database", Map.of());
                    break;
                case 1:
                    result = client.callTool("arango_list_collections", Map.of());
                    break;
                default:
                    result = client.callTool("arango_insert", Map.of("collection", collection,
                            "document", Map.of("n", i)));
                    break;
            }
            double ms = (System.nanoTime() - t) / 1e6;
            expectOk(result);
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = ms;
        }
        return Arrays.copyOf(latencies, n);
    }

    private static void expectOk(JsonNode result) {
        if (result.path("isError").asBoolean()) {
            throw new IllegalStateException("a call failed: " + result);
        }
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
    }

    private static Process start(Path jar) throws Exception {
        Path cwd = Files.createTempDirectory("arango-mcp-bench");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "serve", "--transport", "http", "--backend", "memory", "--port", "0",
                "--max-sessions", "1000");
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("ARANGO_"));
        return builder.start();
    }

    private static URI endpoint(Process server) throws Exception {
        BufferedReader err = new BufferedReader(new InputStreamReader(server.getErrorStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = err.readLine()) != null) {
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (err.readLine() != null) {
                            // keep the pipe from filling up
                        }
                    } catch (java.io.IOException e) {
                        // the server ended
                    }
                }, "bench-stderr");
                drain.setDaemon(true);
                drain.start();
                return URI.create(m.group(1));
            }
        }
        throw new IllegalStateException("the server ended before it listened");
    }
}
