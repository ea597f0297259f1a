package io.arangomcp.aql.functions;

import io.arangomcp.aql.eval.QueryContext;
import java.util.ArrayList;
import java.util.List;

/** Bit functions on unsigned 32-bit integers: AND, OR, XOR, NEGATE, TEST, POPCOUNT, shifts, (de)construction. */
final class BitFunctions {
    private static final long MASK = 0xFFFFFFFFL;

    private BitFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        b.add("BIT_AND", 1, 2, (q, a) -> fold(q, a, "BIT_AND", 0));
        b.add("BIT_OR", 1, 2, (q, a) -> fold(q, a, "BIT_OR", 1));
        b.add("BIT_XOR", 1, 2, (q, a) -> fold(q, a, "BIT_XOR", 2));
        b.add("BIT_NEGATE", 2, 2, (q, a) -> {
            Long v = bits(a[0]);
            Long n = bits(a[1]);
            if (v == null || n == null || n > 32) {
                return q.invalidArgument("BIT_NEGATE");
            }
            long mask = n == 32 ? MASK : (1L << n) - 1;
            return ~v & mask;
        });
        b.add("BIT_TEST", 2, 2, (q, a) -> {
            Long v = bits(a[0]);
            Long i = bits(a[1]);
            if (v == null || i == null || i >= 32) {
                return q.invalidArgument("BIT_TEST");
            }
            return (v & (1L << i)) != 0;
        });
        b.add("BIT_POPCOUNT", 1, 1, (q, a) -> {
            Long v = bits(a[0]);
            return v == null ? q.invalidArgument("BIT_POPCOUNT") : (Object) (long) Long.bitCount(v);
        });
        b.add("BIT_SHIFT_LEFT", 3, 3, (q, a) -> shift(q, a, "BIT_SHIFT_LEFT", true));
        b.add("BIT_SHIFT_RIGHT", 3, 3, (q, a) -> shift(q, a, "BIT_SHIFT_RIGHT", false));
        b.add("BIT_CONSTRUCT", 1, 1, (q, a) -> {
            if (!(a[0] instanceof List<?> positions)) {
                return q.invalidArgument("BIT_CONSTRUCT");
            }
            long v = 0;
            for (Object p : positions) {
                Long i = bits(p);
                if (i == null || i >= 32) {
                    return q.invalidArgument("BIT_CONSTRUCT");
                }
                v |= 1L << i;
            }
            return v;
        });
        b.add("BIT_DECONSTRUCT", 1, 1, (q, a) -> {
            Long v = bits(a[0]);
            if (v == null) {
                return q.invalidArgument("BIT_DECONSTRUCT");
            }
            List<Object> out = new ArrayList<>();
            for (long i = 0; i < 32; i++) {
                if ((v & (1L << i)) != 0) {
                    out.add(i);
                }
            }
            return out;
        });
        b.add("BIT_TO_STRING", 2, 2, (q, a) -> {
            Long v = bits(a[0]);
            Long n = bits(a[1]);
            if (v == null || n == null || n > 32) {
                return q.invalidArgument("BIT_TO_STRING");
            }
            StringBuilder sb = new StringBuilder();
            for (long i = n - 1; i >= 0; i--) {
                sb.append((v & (1L << i)) != 0 ? '1' : '0');
            }
            return sb.toString();
        });
        b.add("BIT_FROM_STRING", 1, 1, (q, a) -> {
            if (!(a[0] instanceof String s) || s.length() > 32 || !s.matches("[01]*")) {
                return q.invalidArgument("BIT_FROM_STRING");
            }
            return s.isEmpty() ? 0L : Long.parseLong(s, 2);
        });
    }

    /** An unsigned 32-bit integer argument, or null when the value is not one. */
    private static Long bits(Object v) {
        if (!(v instanceof Number n)) {
            return null;
        }
        double d = n.doubleValue();
        if (d < 0 || d > MASK || d != Math.rint(d)) {
            return null;
        }
        return (long) d;
    }

    private static Object fold(QueryContext q, Object[] a, String name, int op) {
        List<Object> values = new ArrayList<>();
        if (a.length == 1) {
            if (!(a[0] instanceof List<?> l)) {
                return q.invalidArgument(name);
            }
            values.addAll(l);
        } else {
            values.add(a[0]);
            values.add(a[1]);
        }
        Long acc = null;
        for (Object x : values) {
            if (x == null) {
                continue;
            }
            Long v = bits(x);
            if (v == null) {
                return q.invalidArgument(name);
            }
            acc = acc == null ? v : op == 0 ? acc & v : op == 1 ? acc | v : acc ^ v;
        }
        return acc;
    }

    private static Object shift(QueryContext q, Object[] a, String name, boolean left) {
        Long v = bits(a[0]);
        Long by = bits(a[1]);
        Long n = bits(a[2]);
        if (v == null || by == null || n == null || by > 32 || n > 32) {
            return q.invalidArgument(name);
        }
        long mask = n == 32 ? MASK : (1L << n) - 1;
        return (left ? v << by : v >>> by) & mask;
    }

}
