package io.arangomcp.adapters.memory.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * In-memory backend: the attributes ArangoDB 3.12 reports for an inverted index it was given only partly:
 * each field as an object (with the features of its analyzer when it names one), and the index-wide
 * defaults (the {@code identity} analyzer, consolidation, primary sort, write buffers). The memory backend stores
 * inverted indexes without using them (there is no ArangoSearch here), so this is what it reports.
 */
final class InvertedDefaults {

    /** The features of the analyzers a fresh server has, where they differ from {@code identity}'s. */
    private static final List<String> TEXT_FEATURES = List.of("frequency", "position", "norm");
    private static final List<String> IDENTITY_FEATURES = List.of("frequency", "norm");

    private InvertedDefaults() {
    }

    /**
     * The reported attributes: the defaults, overridden by what was asked, with {@code fields} as objects (the
     * request's own {@code fields} objects when given in {@code options}, else the field names).
     */
    static Map<String, Object> of(List<String> names, Map<String, Object> requested) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("analyzer", "identity");
        options.put("cleanupIntervalStep", 2);
        options.put("commitIntervalMsec", 1000);
        options.put("consolidationIntervalMsec", 5000);
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("type", "tier");
        policy.put("segmentsBytesMax", 8_589_934_592L);
        policy.put("maxSkewThreshold", 0.4);
        policy.put("minDeletionRatio", 0.5);
        options.put("consolidationPolicy", policy);
        options.put("features", IDENTITY_FEATURES);
        options.put("includeAllFields", false);
        options.put("optimizeTopK", List.of());
        options.put("primarySort", Map.of("fields", List.of(), "compression", "lz4"));
        options.put("searchField", false);
        options.put("storedValues", List.of());
        options.put("trackListPositions", false);
        options.put("version", 1);
        options.put("writebufferActive", 0);
        options.put("writebufferIdle", 64);
        options.put("writebufferSizeMax", 33_554_432);
        options.putAll(requested);
        Object given = requested.get("fields");
        options.put("fields", fields(given instanceof List ? (List<?>) given : names));
        return options;
    }

    private static List<Object> fields(List<?> given) {
        List<Object> fields = new ArrayList<>();
        for (Object field : given) {
            Map<String, Object> json = new LinkedHashMap<>();
            if (field instanceof Map) {
                ((Map<?, ?>) field).forEach((k, v) -> json.put(String.valueOf(k), v));
                Object analyzer = json.get("analyzer");
                if (analyzer instanceof String && ((String) analyzer).startsWith("text_")
                        && !json.containsKey("features")) {
                    json.put("features", TEXT_FEATURES);
                }
            } else {
                json.put("name", String.valueOf(field));
            }
            fields.add(json);
        }
        return fields;
    }
}
