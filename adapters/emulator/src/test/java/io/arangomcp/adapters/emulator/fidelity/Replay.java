package io.arangomcp.adapters.emulator.fidelity;

import io.arangomcp.adapters.emulator.http.JsonCodec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fidelity: one example against one emulator: the setup, then each request with the transcript's generated
 * values replaced by the emulator's (keys by rank, collection, index and cursor ids by what was created last),
 * and revision headers re-aimed at the stored revision when the recorded request matched it. Returns every
 * difference of the logged answers.
 */
final class Replay {

    private static final List<String> COMPARED_HEADERS = List.of("content-type", "etag", "location",
            "x-arango-error-codes");

    private final HttpExample example;
    private final Wire wire;
    private final Tokens tokens = new Tokens();
    private final GeneratedKeys recordedKeys;
    private final SetupReplayer setup;

    Replay(HttpExample example, Wire wire, Path datasets) {
        this.example = example;
        this.wire = wire;
        this.recordedKeys = GeneratedKeys.of(example);
        this.setup = new SetupReplayer(wire, datasets);
    }

    List<String> run() throws IOException, InterruptedException {
        setup.apply(example.setupOps(), this::actualKey);
        List<String> differences = new ArrayList<>();
        int n = 0;
        for (HttpExample.Exchange x : example.replayable()) {
            String path = resolve(x);
            Object body = x.requestBody() instanceof String ? tokens.substitute((String) x.requestBody())
                    : tokens.substitute(x.requestBody());
            if (x.requestBody() != null && !(x.requestBody() instanceof String) && x.rawBody()) {
                body = JsonCodec.text(body);
            }
            Wire.Answer answer = wire.send(x.method(), path, body, headers(x, path));
            remember(x, answer);
            if (x.logged()) {
                String at = "#" + n + " " + x.method() + " " + x.path() + " ";
                compare(x, answer).forEach(d -> differences.add(at + d));
            }
            n++;
        }
        return differences;
    }

    private String actualKey(String collection, String recorded) {
        if (tokens.isBound(recorded) || !Tokens.isToken(recorded)) {
            return tokens.isBound(recorded) ? tokens.actualOf(recorded) : recorded;
        }
        int rank = recordedKeys.rank(collection, recorded);
        List<String> generated = setup.created().generatedKeys.getOrDefault(collection, List.of());
        if (rank >= 0 && rank < generated.size()) {
            tokens.bind(recorded, generated.get(rank));
        }
        return tokens.isBound(recorded) ? tokens.actualOf(recorded) : recorded;
    }

    /** Binds the generated values a path names that nothing bound yet, then substitutes all. */
    private String resolve(HttpExample.Exchange x) throws IOException, InterruptedException {
        String path = x.path();
        String plain = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        List<String> s = new ArrayList<>(Arrays.asList(plain.split("/")));
        int api = s.indexOf("_api");
        if (api >= 0 && api + 2 < s.size()) {
            String area = s.get(api + 1);
            String first = s.get(api + 2);
            SetupReplayer.Created created = setup.created();
            if (area.equals("cursor") && created.lastCursorId != null) {
                bindIfFree(first, created.lastCursorId);
            } else if (area.equals("collection") && !created.collectionIds.isEmpty()) {
                bindIfFree(first, created.collectionIds.get(created.collectionIds.size() - 1));
            } else if (area.equals("index") && api + 3 < s.size()) {
                List<String> ids = created.indexIds.getOrDefault(first, List.of());
                if (!ids.isEmpty()) {
                    bindIfFree(s.get(api + 3), ids.get(ids.size() - 1));
                }
            } else if (area.equals("document") && api + 3 < s.size()) {
                byContent(first, s.get(api + 3), x.responseBody());
                actualKey(first, s.get(api + 3));
            } else if (area.equals("gharial") && api + 5 < s.size()) {
                byContent(s.get(api + 4), s.get(api + 5), x.responseBody());
                actualKey(s.get(api + 4), s.get(api + 5));
            }
        }
        return tokens.substitute(path);
    }

    /**
     * Binds a recorded key to the generated document with the same attributes, when the recorded answer shows
     * that document (a read names one of several generated documents, which rank alone cannot tell apart).
     */
    private void byContent(String collection, String recorded, Object recordedAnswer)
            throws IOException, InterruptedException {
        Map<String, Object> shown = find(recordedAnswer, recorded);
        if (shown == null || tokens.isBound(recorded) || !Tokens.isToken(recorded)) {
            return;
        }
        List<String> matches = new ArrayList<>();
        for (String key : setup.created().generatedKeys.getOrDefault(collection, List.of())) {
            Wire.Answer stored = wire.send("GET", "/_api/document/" + collection + "/" + key, null);
            if (stored.body() instanceof Map && userAttributes(JsonCodec.asObject(stored.body()))
                    .equals(userAttributes(shown))) {
                matches.add(key);
            }
        }
        if (matches.size() == 1) {
            tokens.bind(recorded, matches.get(0));
        }
    }

    private static Map<String, Object> find(Object json, String key) {
        if (json instanceof Map) {
            Map<String, Object> object = JsonCodec.asObject(json);
            if (key.equals(object.get("_key"))) {
                return object;
            }
            for (Object value : object.values()) {
                Map<String, Object> found = find(value, key);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Map<String, Object> userAttributes(Map<String, Object> document) {
        Map<String, Object> copy = new LinkedHashMap<>(document);
        copy.keySet().removeAll(List.of("_key", "_id", "_rev", "_oldRev"));
        return copy;
    }

    private void bindIfFree(String recorded, String actual) {
        if (Tokens.isToken(recorded) && !tokens.isBound(recorded)) {
            tokens.bind(recorded, actual);
        }
    }

    /** The request headers: revision conditions aimed at the stored revision when the recording matched. */
    private Map<String, String> headers(HttpExample.Exchange x, String path) throws IOException, InterruptedException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> h : x.headers().entrySet()) {
            String name = h.getKey().toLowerCase(java.util.Locale.ROOT);
            boolean condition = name.equals("if-match") || name.equals("if-none-match");
            if (condition && x.status() != 412) {
                Wire.Answer current = wire.send("GET", path, null);
                Object rev = current.body() instanceof Map ? JsonCodec.asObject(current.body()).get("_rev") : null;
                headers.put(h.getKey(), rev == null ? h.getValue() : "\"" + rev + "\"");
            } else {
                headers.put(h.getKey(), h.getValue());
            }
        }
        return headers;
    }

    private void remember(HttpExample.Exchange x, Wire.Answer answer) {
        if (!(answer.body() instanceof Map)) {
            return;
        }
        Map<String, Object> body = JsonCodec.asObject(answer.body());
        String path = x.path();
        if (path.contains("/_api/cursor") && body.get("id") instanceof String) {
            setup.created().lastCursorId = (String) body.get("id");
        } else if (x.method().equals("POST") && path.endsWith("/_api/collection")) {
            setup.collection(answer);
        }
    }

    private List<String> compare(HttpExample.Exchange x, Wire.Answer answer) {
        List<String> differences = new ArrayList<>();
        if (answer.status() != x.status()) {
            differences.add("status: expected " + x.status() + ", got " + answer.status() + " " + abbreviate(answer.text()));
            return differences;
        }
        for (String name : COMPARED_HEADERS) {
            String recorded = x.responseHeaders().get(name);
            String actual = answer.headers().get(name);
            if (recorded != null && actual == null) {
                differences.add("header " + name + ": missing");
            } else if (recorded != null && !sameHeader(name, recorded, actual)) {
                differences.add("header " + name + ": expected " + recorded + ", got " + actual);
            } else if (recorded == null && actual != null && !name.equals("content-type")) {
                differences.add("header " + name + ": not expected (" + actual + ")");
            }
        }
        ResponseComparator comparator = new ResponseComparator(tokens, x.method().equals("GET"));
        if ("empty".equals(x.bodyFormat()) || x.responseBody() == null) {
            if (!answer.text().isEmpty() && "empty".equals(x.bodyFormat())) {
                differences.add("body: expected none, got " + abbreviate(answer.text()));
            }
        } else {
            comparator.compare(x.responseBody(), answer.body()).forEach(d -> differences.add("body" + d));
        }
        return differences;
    }

    private boolean sameHeader(String name, String recorded, String actual) {
        switch (name) {
            case "content-type":
                return mediaType(recorded).equals(mediaType(actual));
            case "etag":
                return true;
            case "x-arango-error-codes":
                return JsonCodec.parse(recorded).equals(JsonCodec.parse(actual));
            default:
                String[] expected = recorded.split("/", -1);
                String[] got = actual.split("/", -1);
                if (expected.length != got.length) {
                    return false;
                }
                for (int i = 0; i < expected.length; i++) {
                    boolean same = Tokens.isToken(expected[i]) ? tokens.bind(expected[i], got[i])
                            : expected[i].equals(got[i]);
                    if (!same) {
                        return false;
                    }
                }
                return true;
        }
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 197) + "..." : text;
    }
}
