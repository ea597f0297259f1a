package io.arangomcp.adapters.emulator.fidelity;

import io.arangomcp.adapters.emulator.http.JsonCodec;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fidelity: replays an example's setup operations through the emulator's own HTTP API and remembers what the
 * emulator generated (document keys per collection, collection and index ids), so that the transcript's
 * generated values can be mapped to them.
 */
final class SetupReplayer {

    /** What the setup (and later requests) created. */
    static final class Created {
        final Map<String, List<String>> generatedKeys = new LinkedHashMap<>();
        final List<String> collectionIds = new ArrayList<>();
        final Map<String, List<String>> indexIds = new LinkedHashMap<>();
        String lastCursorId;
    }

    private final Wire wire;
    private final Path datasets;
    private final Created created = new Created();

    SetupReplayer(Wire wire, Path datasets) {
        this.wire = wire;
        this.datasets = datasets;
    }

    Created created() {
        return created;
    }

    /** Maps a key the transcript's server generated to the emulator's key of the same document. */
    @FunctionalInterface
    interface Keys {
        String actual(String collection, String recordedKey);
    }

    /** Applies the operations in order; an operation the emulator refuses fails the setup with its answer. */
    void apply(List<Map<String, Object>> operations, Keys keys) throws IOException, InterruptedException {
        for (Map<String, Object> op : operations) {
            String kind = String.valueOf(op.get("op"));
            switch (kind) {
                case "createCollection":
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("name", op.get("name"));
                    body.put("type", "edge".equals(op.get("type")) ? 3 : 2);
                    if (op.get("options") instanceof Map) {
                        body.putAll(JsonCodec.asObject(op.get("options")));
                    }
                    collection(expect(wire.send("POST", "/_api/collection", body), kind));
                    break;
                case "insert":
                    insert((String) op.get("collection"), op.get("doc"));
                    break;
                case "remove":
                case "update":
                case "replace":
                    String collection = (String) op.get("collection");
                    List<String> generated = created.generatedKeys.getOrDefault(collection, List.of());
                    Object index = op.get("generatedKeyIndex");
                    String key = index instanceof Number && ((Number) index).intValue() < generated.size()
                            ? generated.get(((Number) index).intValue())
                            : keys.actual(collection, String.valueOf(op.get("key")));
                    String method = kind.equals("remove") ? "DELETE" : kind.equals("update") ? "PATCH" : "PUT";
                    expect(wire.send(method, "/_api/document/" + encode(collection) + "/" + key,
                            kind.equals("remove") ? null : op.getOrDefault("doc", Map.of())), kind);
                    break;
                case "ensureIndex":
                    index((String) op.get("collection"), expect(wire.send("POST", "/_api/index?collection="
                            + encode((String) op.get("collection")), op.get("index")), kind));
                    break;
                case "createGraph":
                    expect(wire.send("POST", "/_api/gharial", op), kind);
                    break;
                case "loadDataset":
                    loadDataset((String) op.get("name"));
                    break;
                case "createUser":
                    expect(wire.send("POST", "/_api/user", Map.of("user", op.get("user"),
                            "passwd", op.getOrDefault("passwd", ""))), kind);
                    break;
                case "removeUser":
                    wire.send("DELETE", "/_api/user/" + encode((String) op.get("user")), null);
                    break;
                case "grantDatabase":
                    expect(wire.send("PUT", "/_api/user/" + encode((String) op.get("user")) + "/database/"
                            + encode((String) op.get("database")), Map.of("grant", op.get("level"))), kind);
                    break;
                case "grantCollection":
                    expect(wire.send("PUT", "/_api/user/" + encode((String) op.get("user")) + "/database/"
                            + encode((String) op.get("database")) + "/" + encode((String) op.get("collection")),
                            Map.of("grant", op.get("level"))), kind);
                    break;
                case "httpRequest":
                    wire.send((String) op.get("method"), (String) op.get("path"), op.get("body"));
                    break;
                default:
                    throw new IllegalStateException("setup operation '" + kind + "' is not supported");
            }
        }
    }

    private void insert(String collection, Object document) throws IOException, InterruptedException {
        Map<String, Object> answer = JsonCodec.asObject(expect(wire.send("POST", "/_api/document/"
                + encode(collection), document), "insert").body());
        if (!(document instanceof Map) || !((Map<?, ?>) document).containsKey("_key")) {
            created.generatedKeys.computeIfAbsent(collection, c -> new ArrayList<>()).add((String) answer.get("_key"));
        }
    }

    /** Remembers the id of a created collection. */
    void collection(Wire.Answer answer) {
        if (answer.body() instanceof Map && JsonCodec.asObject(answer.body()).get("id") instanceof String) {
            created.collectionIds.add((String) JsonCodec.asObject(answer.body()).get("id"));
        }
    }

    /** Remembers the id of a created index. */
    void index(String collection, Wire.Answer answer) {
        if (answer.body() instanceof Map && JsonCodec.asObject(answer.body()).get("id") instanceof String) {
            String id = (String) JsonCodec.asObject(answer.body()).get("id");
            created.indexIds.computeIfAbsent(collection, c -> new ArrayList<>()).add(id.substring(id.indexOf('/') + 1));
        }
    }

    @SuppressWarnings("unchecked")
    private void loadDataset(String name) throws IOException, InterruptedException {
        Map<String, Object> dataset = JsonCodec.asObject(JsonCodec.parse(Files.readAllBytes(
                datasets.resolve(name + ".json"))));
        for (Object item : (List<Object>) dataset.get("collections")) {
            Map<String, Object> c = JsonCodec.asObject(item);
            String collection = (String) c.get("name");
            collection(expect(wire.send("POST", "/_api/collection", Map.of("name", collection,
                    "type", "edge".equals(c.get("type")) ? 3 : 2)), "loadDataset"));
            for (Object index : c.get("indexes") instanceof List ? (List<Object>) c.get("indexes") : List.of()) {
                index(collection, expect(wire.send("POST", "/_api/index?collection=" + encode(collection), index),
                        "loadDataset"));
            }
            for (Object document : (List<Object>) c.get("docs")) {
                insert(collection, document);
            }
        }
        for (Object graph : dataset.get("graphs") instanceof List ? (List<Object>) dataset.get("graphs") : List.of()) {
            expect(wire.send("POST", "/_api/gharial", graph), "loadDataset");
        }
    }

    private static Wire.Answer expect(Wire.Answer answer, String what) {
        if (answer.status() >= 300) {
            throw new IllegalStateException("setup '" + what + "' failed: " + answer.status() + " " + answer.text());
        }
        return answer;
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
