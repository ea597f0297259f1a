package io.arangomcp.adapters.emulator.fidelity;

import io.arangomcp.adapters.emulator.http.JsonCodec;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** Fidelity: plain HTTP/1.1 requests to an emulator, logged in as root, as the documentation's examples were. */
final class Wire {

    /** An answer: status, headers (first values, lower-case names) and body (JSON, or {@code null} when empty). */
    record Answer(int status, Map<String, String> headers, Object body, String text) {
    }

    private static final String ROOT = "Basic " + Base64.getEncoder()
            .encodeToString("root:".getBytes(StandardCharsets.UTF_8));

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    Wire(String base) {
        this.base = base;
    }

    /** Sends a request; a String body is sent as is, anything else as JSON. */
    Answer send(String method, String path, Object body, Map<String, String> headers)
            throws IOException, InterruptedException {
        String text = body == null ? "" : body instanceof String ? (String) body : JsonCodec.text(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", ROOT)
                .method(method, text.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(text));
        headers.forEach(request::header);
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        Map<String, String> first = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.headers().map().forEach((k, v) -> first.put(k, v.get(0)));
        String content = response.body() == null ? "" : response.body();
        Object json = null;
        if (!content.isEmpty()) {
            try {
                json = JsonCodec.parse(content);
            } catch (RuntimeException e) {
                json = content;
            }
        }
        return new Answer(response.statusCode(), first, json, content);
    }

    Answer send(String method, String path, Object body) throws IOException, InterruptedException {
        return send(method, path, body, Map.of());
    }
}
