package io.arangomcp.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * own thread and keep-alive connection ({@link LeanMcpSession}) calling tools back to back: a mix of
 * {@code arango_get_focused_database}, {@code arango_list_available_databases} and {@code arango_insert} into
 * the session's own collection. Per level: a
 * warm-up, then a timed window; reports aggregate calls/s, the p50/p99/max latency of one call, and the CPU time
 * server and client spent per call (which, unlike latency, hardly depends on what else the machine runs).
 *
 * <p>Run: {@code mvn -B -q -Pbench -pl bench -am package -DskipTests -Dbench.skip=false
 * -Dbench.main=io.arangomcp.bench.HttpBenchmark} (optional: {@code -Dbench.args="SECONDS LEVELS… "}, e.g.
 * {@code "20 1 10 100"}; {@code -Dbench.jvm="FLAGS"} passes JVM flags to the server; {@code -Dbench.rate=2000}
 * paces the sessions to that many calls per second in all instead of calling flat out).
 */
public final class HttpBenchmark {
    private static final Pattern SERVING = Pattern.compile("serving MCP over streamable HTTP at (\\S+)");
    private static final int WARM_UP_SECONDS = 5;
    private static final int JIT_WARM_UP_SECONDS = 30;

    private HttpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("arango-mcp.jar")).toAbsolutePath();
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int[] levels = args.length > 1 ? Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray()
                : new int[]{1, 10, 100};
        String rate = System.getProperty("bench.rate", "");
        System.out.println((rate.isBlank() ? "flat out" : "paced at " + rate + " calls/s in all") + "; jar: "
                + jar.getFileName() + ", java " + Runtime.version() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores; " + JIT_WARM_UP_SECONDS + " s warm-up, then "
                + seconds + " s per level after " + WARM_UP_SECONDS + " s at that level; server and client on this "
                + "machine over loopback");
        Process server = start(jar);
        try {
            URI endpoint = endpoint(server);
            // Both JVMs compile the hot paths first (C2 takes a while on a busy 2-core machine).
            run(endpoint, 10, JIT_WARM_UP_SECONDS, null);
            for (int sessions : levels) {
                run(endpoint, sessions, WARM_UP_SECONDS, null);
                run(endpoint, sessions, seconds, server);
            }
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** One level; prints its numbers when {@code server} is given (a warm-up passes null). */
    private static void run(URI endpoint, int sessions, int seconds, Process server)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        CountDownLatch ready = new CountDownLatch(sessions);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<CompletableFuture<double[]>> results = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            int id = s;
            results.add(CompletableFuture.supplyAsync(() -> {
                try (LeanMcpSession client = new LeanMcpSession(endpoint)) {
                    client.initialize();
                    String collection = "bench_" + id + "_" + System.nanoTime();
                    client.callTool("arango_create_collection", "{\"name\":\"" + collection + "\"}");
                    ready.countDown();
                    go.await();
                    return loop(client, collection, window, pace(sessions));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, pool));
        }
        ready.await();
        long serverCpu = server == null ? 0 : cpuMillis(server.pid());
        long clientCpu = ownCpuMillis();
        window[0] = System.nanoTime();
        window[1] = window[0] + TimeUnit.SECONDS.toNanos(seconds);
        go.countDown();
        double[] all = results.stream().map(CompletableFuture::join).flatMapToDouble(Arrays::stream).toArray();
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        pool.shutdown();
        if (server == null) {
            return;
        }
        double serverCpuPerCall = (double) (cpuMillis(server.pid()) - serverCpu) / all.length;
        double clientCpuPerCall = (double) (ownCpuMillis() - clientCpu) / all.length;
        Arrays.sort(all);
        System.out.printf("%3d session(s): %6d calls in %.1f s = %6.0f calls/s; latency p50 %.2f ms, p99 %.2f ms, "
                        + "max %.1f ms; CPU per call: server %.2f ms, client %.2f ms%n", sessions, all.length, elapsed,
                all.length / elapsed, percentile(all, 0.50), percentile(all, 0.99), all[all.length - 1],
                serverCpuPerCall, clientCpuPerCall);
    }

    /** CPU time (user + system) a process has used, from /proc. */
    private static long cpuMillis(long pid) throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 10; // USER_HZ is 100 on Linux: a tick is 10 ms
    }

    private static long ownCpuMillis() throws java.io.IOException {
        return cpuMillis(ProcessHandle.current().pid());
    }

    /** The interval between one session's calls for the {@code bench.rate} aggregate rate, or 0 (flat out). */
    private static long pace(int sessions) {
        double rate = Double.parseDouble(System.getProperty("bench.rate", "0"));
        return rate > 0 ? (long) (1e9 * sessions / rate) : 0;
    }

    /**
     * Calls tools until the window closes, back to back or every {@code intervalNanos}; returns each call's
     * latency in ms. Paced calls are timed from when they were due, so a stalled server is not hidden by calls
     * that were never sent (coordinated omission).
     */
    private static double[] loop(LeanMcpSession client, String collection, long[] window, long intervalNanos)
            throws Exception {
        double[] latencies = new double[1 << 16];
        int n = 0;
        long due = window[0] + (intervalNanos > 0 ? java.util.concurrent.ThreadLocalRandom.current()
                .nextLong(intervalNanos) : 0);
        for (long i = 0; System.nanoTime() < window[1]; i++) {
            if (intervalNanos > 0) {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            long t = intervalNanos > 0 ? due : System.nanoTime();
            due += intervalNanos;
            switch ((int) (i % 3)) {
                case 0:
                    client.callTool("arango_get_focused_database", "{}");
                    break;
                case 1:
                    client.callTool("arango_list_available_databases", "{}");
                    break;
                default:
                    client.callTool("arango_insert", "{\"collection\":\"" + collection + "\",\"document\":{\"n\":"
                            + i + "}}");
                    break;
            }
            double ms = (System.nanoTime() - t) / 1e6;
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = ms;
        }
        return Arrays.copyOf(latencies, n);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
    }

    private static Process start(Path jar) throws Exception {
        Path cwd = Files.createTempDirectory("arango-mcp-bench");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        // Extra JVM flags for the server, e.g. -Dbench.jvm="-XX:StartFlightRecording=filename=server.jfr".
        String flags = System.getProperty("bench.jvm", "");
        if (!flags.isBlank()) {
            command.addAll(List.of(flags.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "serve", "--transport", "http", "--backend", "memory",
                "--port", "0", "--max-sessions", "1000"));
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
