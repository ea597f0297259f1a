package io.arangomcp.adapters.memory.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * In-memory backend: the total order of JSON values that AQL and ArangoDB's persistent indexes use:
 * {@code null < false < true < numbers < strings < arrays < objects}; numbers by value (so {@code 1} equals
 * {@code 1.0}), strings by code point, arrays element by element, objects by their sorted attribute names.
 * Two sentinels, {@link #MIN} and {@link #MAX}, sort below and above every value and bound index range scans.
 */
public final class ValueOrder implements Comparator<Object> {

    /** The comparator; stateless. */
    public static final ValueOrder INSTANCE = new ValueOrder();

    /** A bound below every JSON value. */
    public static final Object MIN = Bound.MIN;
    /** A bound above every JSON value. */
    public static final Object MAX = Bound.MAX;

    private enum Bound { MIN, MAX }

    private ValueOrder() {
    }

    /** Whether two values are equal under this order. */
    public static boolean same(Object a, Object b) {
        return INSTANCE.compare(a, b) == 0;
    }

    @Override
    public int compare(Object a, Object b) {
        int rankA = rank(a);
        int rankB = rank(b);
        if (rankA != rankB) {
            return Integer.compare(rankA, rankB);
        }
        switch (rankA) {
            case 1:
                return Boolean.compare((Boolean) a, (Boolean) b);
            case 2:
                return compareNumbers((Number) a, (Number) b);
            case 3:
                return compareStrings((String) a, (String) b);
            case 4:
                return compareArrays((List<?>) a, (List<?>) b);
            case 5:
                return compareObjects(JsonValues.asObject(a), JsonValues.asObject(b));
            default:
                return 0; // null, or the same sentinel
        }
    }

    private static int rank(Object value) {
        if (value == Bound.MIN) {
            return -1;
        }
        if (value == null) {
            return 0;
        }
        if (value instanceof Boolean) {
            return 1;
        }
        if (value instanceof Number) {
            return 2;
        }
        if (value instanceof String) {
            return 3;
        }
        if (value instanceof List) {
            return 4;
        }
        if (value instanceof Map) {
            return 5;
        }
        if (value == Bound.MAX) {
            return 6;
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }

    private static int compareNumbers(Number a, Number b) {
        if (isExact(a) && isExact(b)) {
            return Long.compare(a.longValue(), b.longValue());
        }
        if (a instanceof BigDecimal || b instanceof BigDecimal || a instanceof BigInteger || b instanceof BigInteger) {
            return toBigDecimal(a).compareTo(toBigDecimal(b));
        }
        // == treats 0.0 and -0.0 as equal, unlike Double.compare
        double x = a.doubleValue();
        double y = b.doubleValue();
        return x == y ? 0 : Double.compare(x, y);
    }

    private static boolean isExact(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
    }

    private static BigDecimal toBigDecimal(Number n) {
        if (n instanceof BigDecimal) {
            return (BigDecimal) n;
        }
        if (n instanceof BigInteger) {
            return new BigDecimal((BigInteger) n);
        }
        return isExact(n) ? BigDecimal.valueOf(n.longValue()) : BigDecimal.valueOf(n.doubleValue());
    }

    private static int compareStrings(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    private int compareArrays(List<?> a, List<?> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private int compareObjects(Map<String, Object> a, Map<String, Object> b) {
        TreeSet<String> names = new TreeSet<>(ValueOrder::compareStrings);
        names.addAll(a.keySet());
        names.addAll(b.keySet());
        for (String name : names) {
            // an attribute missing on one side compares like null
            int c = compare(a.get(name), b.get(name));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
