package io.arangomcp.aql.functions;

import io.arangomcp.aql.value.Values;
import java.util.List;
import java.util.Map;

/** Argument helpers shared by the function families: optional arguments and the common casts. */
final class Args {
    private Args() {
    }

    /** The i-th argument, or null when it was not passed. */
    static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : null;
    }

    /** The i-th argument as a string (TO_STRING), or {@code fallback} when absent. */
    static String str(Object[] args, int i, String fallback) {
        return i < args.length ? Values.toStringValue(args[i]) : fallback;
    }

    /** The i-th argument as a number (TO_NUMBER), or {@code fallback} when absent or null. */
    static double num(Object[] args, int i, double fallback) {
        return i < args.length && args[i] != null ? Values.toDouble(args[i]) : fallback;
    }

    /** The i-th argument as an integer, truncated, or {@code fallback} when absent or null. */
    static long integer(Object[] args, int i, long fallback) {
        return i < args.length && args[i] != null ? (long) Values.toDouble(args[i]) : fallback;
    }

    /** The i-th argument as a boolean (TO_BOOL), or {@code fallback} when absent. */
    static boolean bool(Object[] args, int i, boolean fallback) {
        return i < args.length ? Values.toBool(args[i]) : fallback;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object v) {
        return v instanceof List<?> l ? (List<Object>) l : null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object v) {
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    /** Number of Unicode code points. */
    static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The code points {@code [from, to)} of a string. */
    static String codePointSubstring(String s, int from, int to) {
        int n = codePoints(s);
        int a = Math.max(0, Math.min(from, n));
        int b = Math.max(a, Math.min(to, n));
        return s.substring(s.offsetByCodePoints(0, a), s.offsetByCodePoints(0, b));
    }
}
