package io.arangomcp.toolpacks.validation.schema;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON value helpers for schema validation: JSON types and JSON equality (numbers by value, so 1 equals 1.0).
 */
final class JsonValuesCompare {
    private JsonValuesCompare() {
    }

    /** The JSON schema type name of a value: null, boolean, object, array, number or string. */
    static String typeOf(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof List) {
            return "array";
        }
        if (value instanceof Map) {
            return "object";
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }

    /** Whether a value is of a JSON schema type; {@code integer} is any number without a fraction. */
    static boolean isType(Object value, String type) {
        if (type.equals("integer")) {
            return value instanceof Number n && isIntegral(n);
        }
        return type.equals(typeOf(value));
    }

    static boolean isIntegral(Number n) {
        BigDecimal d = decimal(n);
        return d != null && d.stripTrailingZeros().scale() <= 0;
    }

    /** The exact decimal value of a number, or {@code null} for NaN and infinities. */
    static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof Double || n instanceof Float) {
            double v = n.doubleValue();
            return Double.isFinite(v) ? new BigDecimal(Double.toString(v)) : null;
        }
        return new BigDecimal(n.toString());
    }

    /** JSON equality: numbers by value, arrays element-wise, objects by their entries. */
    static boolean jsonEquals(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            BigDecimal dx = decimal(x);
            BigDecimal dy = decimal(y);
            return dx != null && dy != null && dx.compareTo(dy) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<?> i = y.iterator();
            for (Object element : x) {
                if (!jsonEquals(element, i.next())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!jsonEquals(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a == null ? b == null : a.equals(b);
    }
}
