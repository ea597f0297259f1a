package io.arangomcp.testkit.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test kit: a minimal MCP client that starts a server process and speaks JSON-RPC with it over stdio, for
 * end-to-end tests of the real jar (ours or a plug-in's). It checks that every stdout line is JSON.
 */
public final class StdioMcpClient implements AutoCloseable {
    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final OutputStream stdin;
    private static final long EXIT_CHECK_MILLIS = 200;
    private final Map<Integer, BlockingQueue<JsonNode>> answers = new ConcurrentHashMap<>();
    private final List<JsonNode> notifications = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> nonJsonLines = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final StringBuffer stderr = new StringBuffer();
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final Thread stdoutReader;

    private StdioMcpClient(Process process) {
        this.process = process;
        this.stdin = process.getOutputStream();
        stdoutReader = new Thread(this::readStdout, "mcp-client-stdout");
        stdoutReader.setDaemon(true);
        stdoutReader.start();
        Thread err = new Thread(this::readStderr, "mcp-client-stderr");
        err.setDaemon(true);
        err.start();
    }

    /** Starts {@code java -jar jar args…} in {@code workingDirectory} with extra environment variables. */
    public static StdioMcpClient start(Path jar, Path workingDirectory, Map<String, String> environment,
                                      String... args) throws IOException {
        return start(jar, workingDirectory, environment, List.of(), args);
    }

    /** Starts {@code java jvmFlags… -jar jar args…}. */
    public static StdioMcpClient start(Path jar, Path workingDirectory, Map<String, String> environment,
                                      List<String> jvmFlags, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("ARANGO_"));
        builder.environment().putAll(environment);
        return new StdioMcpClient(builder.start());
    }

    /** Sends {@code initialize} and {@code notifications/initialized}; returns the initialize result. */
    public JsonNode initialize() throws IOException, InterruptedException {
        JsonNode result = request("initialize", Map.of("protocolVersion", "2025-06-18", "capabilities", Map.of(),
                "clientInfo", Map.of("name", "arango-mcp-testkit", "version", "1")));
        notify("notifications/initialized", null);
        return result;
    }

    /** Sends a request and waits for its answer (the whole JSON-RPC message). */
    public JsonNode request(String method, Object params) throws IOException, InterruptedException {
        return await(send(method, params), Duration.ofSeconds(30));
    }

    /** Calls a tool; returns the {@code result} object of the answer. */
    public JsonNode callTool(String name, Map<String, Object> arguments) throws IOException, InterruptedException {
        JsonNode answer = request("tools/call", Map.of("name", name, "arguments", arguments));
        if (!answer.has("result")) {
            throw new AssertionError("tools/call " + name + " answered with a JSON-RPC error: " + answer);
        }
        return answer.get("result");
    }

    /** Sends a request without waiting; returns its id. */
    public int send(String method, Object params) throws IOException {
        int id = nextId.getAndIncrement();
        answers.putIfAbsent(id, new LinkedBlockingQueue<>());
        ObjectNode message = json.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
        if (params != null) {
            message.set("params", json.valueToTree(params));
        }
        writeLine(message.toString());
        return id;
    }

    /** Sends a notification. */
    public void notify(String method, Object params) throws IOException {
        ObjectNode message = json.createObjectNode().put("jsonrpc", "2.0").put("method", method);
        if (params != null) {
            message.set("params", json.valueToTree(params));
        }
        writeLine(message.toString());
    }

    /** Writes a raw line (to test how the server copes with bad input). */
    public void writeLine(String line) throws IOException {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    /**
     * Waits for the answer to request {@code id}; fails at once, with the server's stderr, when the server has
     * exited without answering (a start-up error, say) instead of waiting out the timeout.
     */
    public JsonNode await(int id, Duration timeout) throws InterruptedException {
        BlockingQueue<JsonNode> queue = answers.computeIfAbsent(id, k -> new LinkedBlockingQueue<>());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode answer = queue.poll(EXIT_CHECK_MILLIS, TimeUnit.MILLISECONDS);
            if (answer != null) {
                return answer;
            }
            // once the server is gone and its last output read, no answer can come any more
            if (!process.isAlive() && !stdoutReader.isAlive() && queue.isEmpty()) {
                throw new AssertionError("the server exited (code " + process.exitValue() + ") without answering "
                        + "request " + id + "; stderr:\n" + stderr);
            }
            if (System.nanoTime() >= deadline) {
                throw new AssertionError("no answer to request " + id + " within " + timeout + "; stderr:\n"
                        + stderr);
            }
        }
    }

    /** Closes stdin and waits for the process to exit; returns its exit code. */
    public int closeAndWait(Duration timeout) throws IOException, InterruptedException {
        stdin.close();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the server did not exit within " + timeout + " after stdin closed");
        }
        return process.exitValue();
    }

    /** Notifications received so far. */
    public List<JsonNode> notifications() {
        return List.copyOf(notifications);
    }

    /** stdout lines that were not JSON (there must be none). */
    public List<String> nonJsonLines() {
        return List.copyOf(nonJsonLines);
    }

    /** Everything the server wrote to stderr so far. */
    public String stderr() {
        return stderr.toString();
    }

    /** The server process id. */
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void readStdout() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (IOException e) {
                    nonJsonLines.add(line);
                    continue;
                }
                if (node.has("id") && node.get("id").isInt() && !node.has("method")) {
                    answers.computeIfAbsent(node.get("id").asInt(), k -> new LinkedBlockingQueue<>()).add(node);
                } else {
                    notifications.add(node);
                }
            }
        } catch (IOException e) {
            // The process ended; pending waits time out with the stderr in their message.
        }
    }

    private void readStderr() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                stderr.append(line).append('\n');
            }
        } catch (IOException e) {
            // The process ended.
        }
    }
}
