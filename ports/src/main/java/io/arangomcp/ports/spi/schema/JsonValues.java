package io.arangomcp.ports.spi.schema;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns tool results into plain JSON values: records become objects (components in declaration order, {@code null}
 * components left out), collections become lists, maps are copied with string keys, enums become their names and
 * time values their ISO-8601 text.
 *
 * @since 0.1
 */
public final class JsonValues {
    private JsonValues() {
    }

    /** The JSON value of {@code value}. */
    public static Object toJson(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number) {
            return value;
        }
        if (value instanceof Record r) {
            return recordToJson(r);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put(String.valueOf(e.getKey()), toJson(e.getValue()));
            }
            return out;
        }
        if (value instanceof Collection<?> c) {
            ArrayList<Object> out = new ArrayList<>(c.size());
            for (Object o : c) {
                out.add(toJson(o));
            }
            return out;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor || value instanceof Character) {
            return value.toString();
        }
        throw new IllegalArgumentException("cannot convert " + value.getClass().getName() + " to JSON");
    }

    /**
     * The approximate length in bytes of {@code value} serialised as compact JSON (exact for ASCII text without
     * escapes), for byte caps on results without depending on a JSON library.
     */
    public static long approximateSize(Object value) {
        if (value == null) {
            return 4;
        }
        if (value instanceof String s) {
            return s.length() + 2L;
        }
        if (value instanceof Boolean b) {
            return b ? 4 : 5;
        }
        if (value instanceof Number n) {
            return n.toString().length();
        }
        if (value instanceof Map<?, ?> map) {
            long size = 2 + Math.max(0, map.size() - 1);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                size += String.valueOf(e.getKey()).length() + 3 + approximateSize(e.getValue());
            }
            return size;
        }
        if (value instanceof Collection<?> c) {
            long size = 2 + Math.max(0, c.size() - 1);
            for (Object o : c) {
                size += approximateSize(o);
            }
            return size;
        }
        return approximateSize(toJson(value));
    }

    /** The JSON object of a record. */
    public static Map<String, Object> recordToJson(Record record) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object v;
            try {
                var accessor = c.getAccessor();
                accessor.setAccessible(true);
                v = accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass(), e);
            }
            if (v != null) {
                out.put(c.getName(), toJson(v));
            }
        }
        return out;
    }
}
