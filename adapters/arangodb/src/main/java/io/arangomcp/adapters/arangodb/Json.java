package io.arangomcp.adapters.arangodb;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ArangoDB backend: reading the JSON answers of the server (as the driver's serde decodes them: maps, lists,
 * strings, numbers, booleans). A shape the server should never send is a {@code DATABASE_ERROR} naming what
 * was expected, not a {@code ClassCastException}.
 */
final class Json {

    private Json() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value, String what) {
        if (value instanceof Map) {
            return (Map<String, Object>) value;
        }
        throw unexpected(what + " as a JSON object", value);
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(Object value, String what) {
        if (value instanceof List) {
            return (List<Object>) value;
        }
        throw unexpected(what + " as a JSON array", value);
    }

    static String string(Map<String, Object> object, String name) {
        Object value = object.get(name);
        if (value instanceof String) {
            return (String) value;
        }
        throw unexpected("'" + name + "' as a string", value);
    }

    static String optionalString(Map<String, Object> object, String name) {
        Object value = object.get(name);
        return value instanceof String ? (String) value : null;
    }

    static boolean bool(Map<String, Object> object, String name) {
        return Boolean.TRUE.equals(object.get(name));
    }

    static long number(Map<String, Object> object, String name) {
        Object value = object.get(name);
        if (value instanceof Number) {
            return ((Number) value).longValue();
        }
        throw unexpected("'" + name + "' as a number", value);
    }

    /** Strings of a JSON array; other elements are skipped. */
    static List<String> strings(Object value) {
        List<String> names = new ArrayList<>();
        if (value instanceof List) {
            for (Object item : (List<?>) value) {
                if (item instanceof String) {
                    names.add((String) item);
                }
            }
        }
        return names;
    }

    /** An answer without the {@code error} and {@code code} attributes every API answer carries. */
    static Map<String, Object> withoutEnvelope(Object answer, String what) {
        Map<String, Object> copy = new LinkedHashMap<>(object(answer, what));
        copy.remove("error");
        copy.remove("code");
        return copy;
    }

    private static ArangoMcpException unexpected(String expected, Object got) {
        return ArangoMcpException.builder(ErrorCode.DATABASE_ERROR, "the server answered unexpectedly: expected "
                + expected + ", got " + (got == null ? "nothing" : got.getClass().getSimpleName())).build();
    }
}
