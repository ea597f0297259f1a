package io.arangomcp.testkit.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test kit: a minimal MCP client for the streamable HTTP transport, one session per instance, on
 * {@code java.net.http}. It reads answers sent as JSON or as an SSE stream and keeps the notifications that
 * came with them. Many instances may share one {@link HttpClient} (and its connection pool).
 */
public final class HttpMcpClient implements AutoCloseable {
    /** The protocol version this client asks for. */
    public static final String PROTOCOL_VERSION = "2025-06-18";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http;
    private final URI endpoint;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<JsonNode> notifications = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextId = new AtomicInteger(1);
    private volatile String sessionId;

    /**
     * @param http        the HTTP client to send with
     * @param endpoint    the MCP endpoint, e.g. {@code http://127.0.0.1:8000/mcp}
     * @param bearerToken sent as {@code Authorization: Bearer …}, or {@code null}
     */
    public HttpMcpClient(HttpClient http, URI endpoint, String bearerToken) {
        this.http = http;
        this.endpoint = endpoint;
        if (bearerToken != null) {
            headers.put("Authorization", "Bearer " + bearerToken);
        }
    }

    /** An HTTP/1.1 client suited to talking to a local server. */
    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A raw HTTP answer. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {
        /** The first value of a header, or {@code null}. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** Sends {@code initialize} and {@code notifications/initialized}; returns the initialize result message. */
    public JsonNode initialize() throws IOException, InterruptedException {
        Answer answer = post(message("initialize", Map.of("protocolVersion", PROTOCOL_VERSION, "capabilities",
                Map.of(), "clientInfo", Map.of("name", "arango-mcp-testkit", "version", "1"))), Map.of());
        if (answer.status() != 200) {
            throw new IOException("initialize answered HTTP " + answer.status() + ": " + answer.body());
        }
        sessionId = answer.header("Mcp-Session-Id");
        headers.put("MCP-Protocol-Version", PROTOCOL_VERSION);
        JsonNode result = messages(answer).get(0);
        Answer initialized = post(json.createObjectNode().put("jsonrpc", "2.0")
                .put("method", "notifications/initialized").toString(), Map.of());
        if (initialized.status() != 202) {
            throw new IOException("notifications/initialized answered HTTP " + initialized.status());
        }
        return result;
    }

    /** Sends a request in this session and returns its answer (the whole JSON-RPC message). */
    public JsonNode request(String method, Object params) throws IOException, InterruptedException {
        String body = message(method, params);
        int id = json.readTree(body).get("id").asInt();
        Answer answer = post(body, Map.of());
        if (answer.status() != 200) {
            throw new IOException(method + " answered HTTP " + answer.status() + ": " + answer.body());
        }
        JsonNode found = null;
        for (JsonNode m : messages(answer)) {
            if (m.has("id") && m.get("id").asInt() == id && !m.has("method")) {
                found = m;
            } else {
                notifications.add(m);
            }
        }
        if (found == null) {
            throw new IOException("no answer to " + method + " in: " + answer.body());
        }
        return found;
    }

    /** Calls a tool; returns the {@code result} object (fails on a JSON-RPC error). */
    public JsonNode callTool(String name, Map<String, Object> arguments) throws IOException, InterruptedException {
        JsonNode answer = request("tools/call", Map.of("name", name, "arguments", arguments));
        if (!answer.has("result")) {
            throw new IOException("tools/call " + name + " answered with a JSON-RPC error: " + answer);
        }
        return answer.get("result");
    }

    /** POSTs a raw body with this session's headers plus {@code extra} (which may override them). */
    public Answer post(String body, Map<String, String> extra) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request, extra);
    }

    /** Ends the session with DELETE; returns the HTTP status. */
    public int delete() throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30)).DELETE(), Map.of()).status();
    }

    /** Sends any request to any path of the same server with this session's headers plus {@code extra}. */
    public Answer send(HttpRequest.Builder request, Map<String, String> extra) throws IOException,
            InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (sessionId != null) {
            all.put("Mcp-Session-Id", sessionId);
        }
        all.putAll(extra);
        all.forEach((k, v) -> {
            if (v != null) {
                request.setHeader(k, v);
            }
        });
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().map(), response.body());
    }

    /**
     * One hand-written HTTP/1.1 exchange, for requests {@code java.net.http} will not send (a forged
     * {@code Host}, say). The request should say {@code Connection: close}; returns the whole raw answer.
     */
    public static String rawExchange(URI server, String request) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The session id the server gave, or {@code null} before {@code initialize}. */
    public String sessionId() {
        return sessionId;
    }

    /** Notifications that arrived with answers so far. */
    public List<JsonNode> notifications() {
        return List.copyOf(notifications);
    }

    /** The JSON-RPC messages of an answer: one JSON body, or the {@code data} of each SSE event. */
    public List<JsonNode> messages(Answer answer) throws IOException {
        String type = answer.header("Content-Type");
        List<JsonNode> messages = new ArrayList<>();
        if (type != null && type.startsWith("text/event-stream")) {
            StringBuilder data = new StringBuilder();
            for (String line : (answer.body() + "\n\n").split("\r?\n", -1)) {
                if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                } else if (line.isEmpty() && data.length() > 0) {
                    messages.add(json.readTree(data.toString()));
                    data.setLength(0);
                }
            }
        } else if (!answer.body().isBlank()) {
            messages.add(json.readTree(answer.body()));
        }
        return messages;
    }

    /** Ends the session if it is open (best effort). */
    @Override
    public void close() {
        if (sessionId != null) {
            try {
                delete();
            } catch (IOException e) {
                // the server is gone already
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private String message(String method, Object params) {
        ObjectNode message = json.createObjectNode().put("jsonrpc", "2.0").put("id", nextId.getAndIncrement())
                .put("method", method);
        if (params != null) {
            message.set("params", json.valueToTree(params));
        }
        return message.toString();
    }
}
