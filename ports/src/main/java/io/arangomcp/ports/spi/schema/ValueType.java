package io.arangomcp.ports.spi.schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a record component's Java type; shared by schema generation and argument binding so the
 * two always agree.
 *
 * @since 0.1
 */
public sealed interface ValueType {

    /** A JSON string. */
    record StringType() implements ValueType {
    }

    /** A JSON boolean. */
    record BooleanType() implements ValueType {
    }

    /**
     * A JSON integer.
     *
     * @param wide true for {@code long}, false for {@code int}
     */
    record IntegerType(boolean wide) implements ValueType {
    }

    /** A JSON number. */
    record NumberType() implements ValueType {
    }

    /**
     * A JSON array.
     *
     * @param element the element type
     */
    record ListType(ValueType element) implements ValueType {
    }

    /**
     * A JSON object with arbitrary keys.
     *
     * @param value the type of every value
     */
    record MapType(ValueType value) implements ValueType {
    }

    /** Any JSON value. */
    record AnyType() implements ValueType {
    }

    /**
     * A JSON object with the fields of a record.
     *
     * @param type the record class
     */
    record RecordType(Class<? extends Record> type) implements ValueType {
    }

    /**
     * The value type of a Java type.
     *
     * @throws IllegalArgumentException for types records of tools may not use
     */
    @SuppressWarnings("unchecked")
    static ValueType of(Type type) {
        if (type instanceof WildcardType w) {
            return of(w.getUpperBounds()[0]);
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                return new ListType(of(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                if (args[0] != String.class) {
                    throw new IllegalArgumentException("map keys must be String in " + type);
                }
                return new MapType(of(args[1]));
            }
            throw new IllegalArgumentException("unsupported generic type " + type);
        }
        if (type instanceof Class<?> c) {
            if (c == String.class) {
                return new StringType();
            }
            if (c == boolean.class || c == Boolean.class) {
                return new BooleanType();
            }
            if (c == int.class || c == Integer.class) {
                return new IntegerType(false);
            }
            if (c == long.class || c == Long.class) {
                return new IntegerType(true);
            }
            if (c == double.class || c == Double.class) {
                return new NumberType();
            }
            if (c == Object.class) {
                return new AnyType();
            }
            if (c.isRecord()) {
                return new RecordType((Class<? extends Record>) c);
            }
            if (List.class.isAssignableFrom(c)) {
                return new ListType(new AnyType());
            }
            if (Map.class.isAssignableFrom(c)) {
                return new MapType(new AnyType());
            }
        }
        throw new IllegalArgumentException("unsupported type " + type
                + " (use String, boolean, int, long, double, List, Map<String, ?>, Object or a record)");
    }
}
