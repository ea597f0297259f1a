package io.arangomcp.adapters.emulator;

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

/** Test support: a plain HTTP/1.1 client for the emulator, logged in as root unless told otherwise. */
final class HttpProbe {

    /** One answer: status, headers and the body parsed as JSON ({@code null} when empty). */
    record Answer(int status, Map<String, java.util.List<String>> headers, Object body, String text) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return (Map<String, Object>) body;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    HttpProbe(String base) {
        this(base, "Basic " + Base64.getEncoder().encodeToString("root:".getBytes(StandardCharsets.UTF_8)));
    }

    HttpProbe(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    Answer send(String method, String path, Object body, String... headers) throws IOException, InterruptedException {
        String text = body == null ? "" : body instanceof String ? (String) body : JsonCodec.text(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.ofString(text));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String content = response.body();
        Object json = content == null || content.isEmpty() ? null : JsonCodec.parse(content);
        return new Answer(response.statusCode(), response.headers().map(), json, content);
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }
}
