package io.arangomcp.aql.value;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * AQL's rules for plain JSON values: type order, comparison, equality, truthiness and the casts
 * {@code TO_NUMBER}, {@code TO_BOOL} and {@code TO_STRING}.
 *
 * <p>Values are plain Java objects: {@code null}, {@link Boolean}, {@link Number}, {@link String},
 * {@link List} and {@link Map}. Numbers produced by the engine are {@link Long} when integral and exactly
 * representable as a double (|n| &le; 2^53), {@link Double} otherwise; any other {@link Number} coming in
 * from documents or bind parameters is accepted and compared by value.
 */
public final class Values {
    /** The largest integer a double holds exactly; integral results up to it are reported as {@link Long}. */
    private static final double SAFE_INTEGER = 9007199254740992.0;

    private Values() {
    }

    /** AQL's type order: null 0, bool 1, number 2, string 3, array 4, object 5. */
    public static int typeWeight(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof Boolean) {
            return 1;
        }
        if (v instanceof Number) {
            return 2;
        }
        if (v instanceof String) {
            return 3;
        }
        if (v instanceof List) {
            return 4;
        }
        return 5;
    }

    /** The AQL type name as {@code TYPENAME()} reports it. */
    public static String typeName(Object v) {
        return switch (typeWeight(v)) {
            case 0 -> "null";
            case 1 -> "bool";
            case 2 -> "number";
            case 3 -> "string";
            case 4 -> "array";
            default -> "object";
        };
    }

    /** Whether a number is stored as an integral Java type. */
    public static boolean isIntegral(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
    }

    /** The canonical engine number for a double: a Long when integral and safe, else the double; NaN/Inf stay. */
    public static Number number(double d) {
        if (d == Math.rint(d) && Math.abs(d) <= SAFE_INTEGER) {
            return (long) d;
        }
        return d;
    }

    /** The canonical engine number for any Java number. */
    public static Number normalize(Number n) {
        if (n instanceof Long) {
            return n;
        }
        if (isIntegral(n)) {
            return n.longValue();
        }
        return number(n.doubleValue());
    }

    /** Whether a double is a finite number AQL can return (NaN and infinities become null). */
    public static boolean isFinite(double d) {
        return !Double.isNaN(d) && !Double.isInfinite(d);
    }

    /** AQL truthiness ({@code TO_BOOL}). */
    public static boolean toBool(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0.0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        return true;
    }

    /** {@code TO_NUMBER} as a double (never NaN/Infinity for finite inputs). */
    public static double toDouble(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return isFinite(d) ? d : 0;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof String s) {
            return parseNumber(s, 0.0);
        }
        if (v instanceof List<?> list) {
            return list.size() == 1 ? toDouble(list.get(0)) : 0;
        }
        return 0;
    }

    /** {@code TO_NUMBER} as an engine number. */
    public static Number toNumber(Object v) {
        if (v instanceof Long) {
            return (Long) v;
        }
        if (v instanceof Number n && isIntegral(n)) {
            return n.longValue();
        }
        return number(toDouble(v));
    }

    /**
     * Parses a string the way {@code TO_NUMBER} does: optional surrounding whitespace, an optional sign, digits
     * with an optional fraction and exponent. Anything else yields {@code fallback}.
     */
    public static double parseNumber(String s, double fallback) {
        String t = s.strip();
        if (t.isEmpty() || !looksNumeric(t)) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(t);
            return isFinite(d) ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static boolean looksNumeric(String t) {
        int i = 0;
        int n = t.length();
        if (t.charAt(0) == '-' || t.charAt(0) == '+') {
            i++;
        }
        int digits = 0;
        while (i < n && Character.isDigit(t.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(t.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
                i++;
            }
            int exp = 0;
            while (i < n && Character.isDigit(t.charAt(i))) {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }

    /** {@code TO_STRING}: null is "", numbers print like JavaScript, arrays and objects as JSON. */
    public static String toStringValue(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (v instanceof Number n) {
            return NumberText.format(n);
        }
        return Json.stringify(v);
    }

    /** AQL comparison by type order, then value (strings by the server's collation). */
    public static int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        int ta = typeWeight(a);
        int tb = typeWeight(b);
        if (ta != tb) {
            return ta < tb ? -1 : 1;
        }
        switch (ta) {
            case 0:
                return 0;
            case 1:
                return Boolean.compare((Boolean) a, (Boolean) b);
            case 2:
                return compareNumbers((Number) a, (Number) b);
            case 3:
                return StringOrder.compare((String) a, (String) b);
            case 4:
                return compareArrays((List<?>) a, (List<?>) b);
            default:
                return compareObjects((Map<?, ?>) a, (Map<?, ?>) b);
        }
    }

    /** Numeric comparison; integral values compare exactly. */
    public static int compareNumbers(Number a, Number b) {
        if (isIntegral(a) && isIntegral(b)) {
            return Long.compare(a.longValue(), b.longValue());
        }
        return Double.compare(a.doubleValue() + 0.0, b.doubleValue() + 0.0);
    }

    private static int compareArrays(List<?> a, List<?> b) {
        int n = Math.max(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            Object x = i < a.size() ? a.get(i) : null;
            Object y = i < b.size() ? b.get(i) : null;
            int c = compare(x, y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int compareObjects(Map<?, ?> a, Map<?, ?> b) {
        TreeSet<String> keys = new TreeSet<>();
        for (Object k : a.keySet()) {
            keys.add((String) k);
        }
        for (Object k : b.keySet()) {
            keys.add((String) k);
        }
        for (String k : keys) {
            int c = compare(a.get(k), b.get(k));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** AQL equality ({@code ==}): same type and equal value; object attribute order does not matter. */
    public static boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        int ta = typeWeight(a);
        if (ta != typeWeight(b)) {
            return false;
        }
        switch (ta) {
            case 1:
                return a.equals(b);
            case 2:
                return compareNumbers((Number) a, (Number) b) == 0;
            case 3:
                return a.equals(b);
            default:
                return compare(a, b) == 0;
        }
    }

    /** A hash consistent with {@link #equal}: equal values hash alike (1 and 1.0, {a:null} and {}). */
    public static int hash(Object v) {
        switch (typeWeight(v)) {
            case 0:
                return 0;
            case 1:
                return ((Boolean) v) ? 1231 : 1237;
            case 2: {
                Number n = (Number) v;
                if (isIntegral(n)) {
                    return Long.hashCode(n.longValue());
                }
                double d = n.doubleValue();
                if (d == Math.rint(d) && Math.abs(d) < 9.2e18) {
                    return Long.hashCode((long) d);
                }
                return Double.hashCode(d);
            }
            case 3:
                return v.hashCode();
            case 4: {
                // trailing nulls compare equal to missing elements, so they must not change the hash
                List<?> list = (List<?>) v;
                int end = list.size();
                while (end > 0 && list.get(end - 1) == null) {
                    end--;
                }
                int h = 7;
                for (int i = 0; i < end; i++) {
                    h = 31 * h + hash(list.get(i));
                }
                return h;
            }
            default: {
                int h = 11;
                for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                    if (e.getValue() != null) {
                        h += e.getKey().hashCode() ^ hash(e.getValue());
                    }
                }
                return h;
            }
        }
    }

    /** A list view of an AQL value that FOR can iterate, or null when it is not an array. */
    public static List<Object> asList(Object v) {
        if (v instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Object> l = (List<Object>) list;
            return l;
        }
        return null;
    }

    /** Copies any iterable into a new list (used where an operator must materialize). */
    public static List<Object> toList(Iterator<?> it) {
        List<Object> out = new ArrayList<>();
        while (it.hasNext()) {
            out.add(it.next());
        }
        return out;
    }
}
