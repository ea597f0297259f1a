package io.arangomcp.adapters.memory.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * In-memory backend: deep copies of plain JSON values ({@code Map}, {@code List}, {@code String}, {@code Number},
 * {@code Boolean}, {@code null}), either frozen (unmodifiable at every level, safe to hand to any thread) or
 * mutable (for building the next version of a document).
 */
public final class JsonValues {

    private JsonValues() {
    }

    /** A deep-immutable copy of a JSON object; 400/600 when it holds a non-JSON value. */
    public static Map<String, Object> freezeObject(Map<String, ?> object) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : object.entrySet()) {
            copy.put(requireKey(entry.getKey()), freeze(entry.getValue()));
        }
        return Collections.unmodifiableMap(copy);
    }

    /** A deep-immutable copy of any JSON value. */
    public static Object freeze(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number) {
            return checkNumber((Number) value);
        }
        if (value instanceof Map) {
            return freezeObject(asObject(value));
        }
        if (value instanceof List) {
            List<Object> copy = new ArrayList<>();
            for (Object element : (List<?>) value) {
                copy.add(freeze(element));
            }
            return Collections.unmodifiableList(copy);
        }
        throw StoreErrors.invalidJson("unsupported type " + value.getClass().getName());
    }

    /** A deep mutable copy of a JSON object. */
    public static Map<String, Object> mutableObject(Map<String, ?> object) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : object.entrySet()) {
            copy.put(requireKey(entry.getKey()), mutable(entry.getValue()));
        }
        return copy;
    }

    private static Object mutable(Object value) {
        if (value instanceof Map) {
            return mutableObject(asObject(value));
        }
        if (value instanceof List) {
            List<Object> copy = new ArrayList<>();
            for (Object element : (List<?>) value) {
                copy.add(mutable(element));
            }
            return copy;
        }
        return value;
    }

    /** The value as a JSON object, assuming the caller checked {@code instanceof Map}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> asObject(Object value) {
        return (Map<String, Object>) value;
    }

    private static String requireKey(Object key) {
        if (!(key instanceof String)) {
            throw StoreErrors.invalidJson("attribute names must be strings, got " + key);
        }
        return (String) key;
    }

    private static Number checkNumber(Number number) {
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                // JSON has no NaN or Infinity; ArangoDB stores them as null, but refusing is clearer here.
                throw StoreErrors.invalidJson("number " + d + " is not valid JSON");
            }
        }
        return number;
    }
}
