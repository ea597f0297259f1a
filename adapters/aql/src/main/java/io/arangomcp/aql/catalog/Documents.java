package io.arangomcp.aql.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * ArangoDB's document rules, shared by the engine and catalog implementations: system attributes, key syntax,
 * and the merge of a partial update.
 */
public final class Documents {
    /** The attributes the server manages. */
    public static final Set<String> SYSTEM_ATTRIBUTES = Set.of("_key", "_id", "_rev", "_from", "_to");

    private static final int MAX_KEY_BYTES = 254;

    private Documents() {
    }

    /** Whether a string is a legal {@code _key}: 1 to 254 bytes of {@code [A-Za-z0-9_\-:.@()+,=;$!*'%]}. */
    public static boolean isValidKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_BYTES) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "_-:.@()+,=;$!*'%".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Whether a string is a legal document id {@code collection/key}. */
    public static boolean isValidId(String id) {
        if (id == null) {
            return false;
        }
        int slash = id.indexOf('/');
        return slash > 0 && isValidKey(id.substring(slash + 1));
    }

    /**
     * The result of UPDATE: {@code old} with {@code patch} applied. With {@code keepNull = false}, attributes
     * set to null are removed (also inside sub-objects); with {@code mergeObjects = true}, sub-objects present
     * on both sides are merged recursively, otherwise replaced. {@code _key}, {@code _id} and {@code _rev} of
     * the patch are ignored.
     */
    public static Map<String, Object> merge(Map<String, Object> old, Map<String, Object> patch, boolean keepNull,
                                            boolean mergeObjects) {
        Map<String, Object> out = new LinkedHashMap<>(old);
        for (Map.Entry<String, Object> e : patch.entrySet()) {
            String key = e.getKey();
            if (key.equals("_key") || key.equals("_id") || key.equals("_rev")) {
                continue;
            }
            Object value = e.getValue();
            if (value == null && !keepNull) {
                out.remove(key);
                continue;
            }
            Object existing = out.get(key);
            if (mergeObjects && value instanceof Map<?, ?> newSub && existing instanceof Map<?, ?> oldSub) {
                out.put(key, merge(cast(oldSub), cast(newSub), keepNull, true));
            } else {
                out.put(key, keepNull ? value : withoutNulls(value));
            }
        }
        return out;
    }

    private static Object withoutNulls(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return value;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (e.getValue() != null) {
                out.put((String) e.getKey(), withoutNulls(e.getValue()));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
