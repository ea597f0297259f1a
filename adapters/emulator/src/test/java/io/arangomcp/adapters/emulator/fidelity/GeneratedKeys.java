package io.arangomcp.adapters.emulator.fidelity;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fidelity: the keys the real server generated for each collection in one example, in the order it generated
 * them (its keys grow with insertion order). The n-th of them belongs to the n-th document the setup inserted
 * without a key, which is how a request path naming a generated key finds the emulator's document.
 */
final class GeneratedKeys {

    private static final Pattern ID = Pattern.compile("([A-Za-z_][\\w\\-]*)/(\\d{5,})\\b");
    private static final Pattern PATH = Pattern.compile(
            "/_api/(?:document|gharial/[^/]+/(?:vertex|edge))/([^/?]+)/(\\d{5,})");

    private final Map<String, TreeSet<Long>> byCollection = new TreeMap<>();

    /** Collects the generated keys mentioned anywhere in the example. */
    static GeneratedKeys of(HttpExample example) {
        GeneratedKeys keys = new GeneratedKeys();
        for (HttpExample.Exchange x : example.exchanges()) {
            keys.scanPath(x.path());
            keys.walk(x.requestBody());
            keys.walk(x.responseBody());
        }
        if (example.setupOps() != null) {
            for (Map<String, Object> op : example.setupOps()) {
                if (op.get("key") instanceof String && Tokens.isToken(op.get("key"))) {
                    keys.add((String) op.get("collection"), (String) op.get("key"));
                }
            }
        }
        return keys;
    }

    private void add(String collection, String key) {
        byCollection.computeIfAbsent(collection, c -> new TreeSet<>()).add(Long.parseLong(key));
    }

    private void scanPath(String path) {
        Matcher m = PATH.matcher(path);
        while (m.find()) {
            add(m.group(1), m.group(2));
        }
    }

    private void scan(String text) {
        Matcher id = ID.matcher(text);
        while (id.find()) {
            add(id.group(1), id.group(2));
        }
    }

    private void walk(Object json) {
        if (json instanceof String) {
            scan((String) json);
        } else if (json instanceof Map) {
            Map<?, ?> object = (Map<?, ?>) json;
            if (object.get("_id") instanceof String && Tokens.isToken(object.get("_key"))) {
                String id = (String) object.get("_id");
                add(id.substring(0, Math.max(0, id.indexOf('/'))), (String) object.get("_key"));
            }
            // "id" holds collection, index and cursor ids, which are not document keys
            object.forEach((k, v) -> {
                if (!"id".equals(k)) {
                    walk(v);
                }
            });
        } else if (json instanceof List) {
            ((List<?>) json).forEach(this::walk);
        }
    }

    /** The position of a recorded key among the collection's generated keys, or -1. */
    int rank(String collection, String key) {
        TreeSet<Long> keys = byCollection.get(collection);
        if (keys == null || !Tokens.isToken(key)) {
            return -1;
        }
        return keys.headSet(Long.parseLong(key)).size();
    }
}
