package io.arangomcp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangomcp.testkit.mcp.StdioMcpClient;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * Benchmark: the same tool calls over stdio on the memory backend and on the arangodb backend talking to an
 * {@code arango-mcp emulator} process (HTTP/2 and HTTP/1.1), so the cost of the driver and the wire shows.
 * Prints the median and p99 latency of each tool per backend.
 *
 * <p>Run: {@code mvn -B -q -Pbench -pl bench -am package -DskipTests -Dbench.skip=false
 * -Dbench.main=io.arangomcp.bench.BackendLatencyBenchmark} (optional: {@code -Dbench.args="CALLS"}).
 */
public final class BackendLatencyBenchmark {
    private static final int WARM_UP = 200;

    private BackendLatencyBenchmark() {
    }

    /** One tool and how to build the arguments of its n-th call into a collection. */
    private record Call(String tool, BiFunction<Integer, String, Map<String, Object>> arguments) {
    }

    private static final List<Call> CALLS = List.of(
            new Call("arango_get_database_resolution", (n, collection) -> Map.of()),
            new Call("arango_list_collections", (n, collection) -> Map.of()),
            new Call("arango_insert", (n, collection) -> Map.of("collection", collection,
                    "document", Map.of("n", n, "name", "item " + n))),
            // runs after the inserts: a bound query over the documents they wrote
            new Call("arango_query", (n, collection) -> Map.of("query",
                    "FOR d IN @@c FILTER d.n >= @min SORT d.n LIMIT 10 RETURN d.name",
                    "bindVars", Map.of("@c", collection, "min", n % 500))));

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("arango-mcp.jar")).toAbsolutePath();
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path cwd = Files.createTempDirectory("arango-mcp-bench");
        System.out.println("jar: " + jar.getFileName() + ", java " + Runtime.version() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, " + calls + " calls per tool after "
                + WARM_UP + " warm-up calls");
        Map<String, Map<String, double[]>> results = new LinkedHashMap<>();
        results.put("memory", run(jar, cwd, "memory://bench", "http2", calls));
        Process emulator = startEmulator(jar);
        try {
            String url = new BufferedReader(new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8))
                    .readLine().substring("emulator: ".length()).trim();
            results.put("arangodb via emulator, HTTP/2", run(jar, cwd, url, "http2", calls));
            results.put("arangodb via emulator, HTTP/1.1", run(jar, cwd, url, "http1", calls));
        } finally {
            emulator.destroy();
            emulator.waitFor(20, TimeUnit.SECONDS);
        }
        System.out.printf("%n| tool | backend | median ms | p99 ms |%n|---|---|---|---|%n");
        for (Call call : CALLS) {
            results.forEach((backend, byTool) -> {
                double[] sorted = byTool.get(call.tool());
                System.out.printf("| `%s` | %s | %.2f | %.2f |%n", call.tool(), backend, sorted[sorted.length / 2],
                        sorted[(int) Math.ceil(sorted.length * 0.99) - 1]);
            });
        }
    }

    private static Process startEmulator(Path jar) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "emulator", "--port", "0", "--database", "bench");
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Serves one database from {@code url} and times every call; returns the sorted latencies per tool. */
    private static Map<String, double[]> run(Path jar, Path cwd, String url, String protocol, int calls)
            throws Exception {
        Path config = cwd.resolve("databases.yaml");
        Files.writeString(config, "databases:\n  bench:\n    url: " + url + "\n    database: bench\n"
                + "    username: root\n    protocol: " + protocol + "\n");
        String backend = url.startsWith("memory:") ? "memory" : "arangodb";
        Map<String, double[]> latencies = new LinkedHashMap<>();
        try (StdioMcpClient client = StdioMcpClient.start(jar, cwd, Map.of(), "serve", "--backend", backend,
                "--config", config.toString())) {
            client.initialize();
            String collection = "items_" + protocol + "_" + backend;
            JsonNode created = client.callTool("arango_create_collection", Map.of("name", collection));
            if (created.get("isError").asBoolean()) {
                throw new IllegalStateException("cannot create the collection: " + created);
            }
            int n = 0;
            for (Call call : CALLS) {
                for (int i = 0; i < WARM_UP; i++) {
                    check(client.callTool(call.tool(), call.arguments().apply(n++, collection)));
                }
                List<Double> times = new ArrayList<>(calls);
                for (int i = 0; i < calls; i++) {
                    long t = System.nanoTime();
                    JsonNode result = client.callTool(call.tool(), call.arguments().apply(n++, collection));
                    times.add((System.nanoTime() - t) / 1e6);
                    check(result);
                }
                double[] sorted = times.stream().mapToDouble(Double::doubleValue).toArray();
                Arrays.sort(sorted);
                latencies.put(call.tool(), sorted);
            }
            client.closeAndWait(Duration.ofSeconds(30));
        }
        return latencies;
    }

    private static void check(JsonNode result) {
        if (result.get("isError").asBoolean()) {
            throw new IllegalStateException("call failed: " + result);
        }
    }
}
