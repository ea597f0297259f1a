package io.arangomcp.aql.fidelity;

import io.arangomcp.aql.value.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares an engine result with a real server's, with the corpus normalisation rules: {@code _rev} and
 * {@code _oldRev} ignored, generated keys matched as consistent wildcards, numbers within a relative tolerance,
 * objects compared without attribute order, and shape-only comparison for random values.
 */
final class ResultComparator {
    private static final Pattern GENERATED = Pattern.compile("^(?:([^/]+)/)?(\\d{5,})$");

    private final double tolerance;
    private final boolean shapeOnly;
    private final Map<String, String> keyMap = new HashMap<>();
    private final Map<String, String> reverse = new HashMap<>();
    private String difference;

    ResultComparator(double tolerance, boolean shapeOnly) {
        this.tolerance = tolerance;
        this.shapeOnly = shapeOnly;
    }

    /** The first difference found by the last comparison, or null. */
    String difference() {
        return difference;
    }

    boolean same(Object expected, Object actual) {
        difference = null;
        return equal(expected, actual, "$");
    }

    /** Whether two top-level arrays hold the same rows in any order. */
    boolean sameMultiset(List<?> expected, List<?> actual) {
        if (expected.size() != actual.size()) {
            difference = "$: " + actual.size() + " rows, expected " + expected.size();
            return false;
        }
        List<Object> rest = new ArrayList<>(actual);
        for (Object e : expected) {
            boolean found = false;
            for (int i = 0; i < rest.size(); i++) {
                Map<String, String> savedKeys = new HashMap<>(keyMap);
                Map<String, String> savedReverse = new HashMap<>(reverse);
                if (equal(e, rest.get(i), "$[*]")) {
                    rest.remove(i);
                    found = true;
                    break;
                }
                keyMap.clear();
                keyMap.putAll(savedKeys);
                reverse.clear();
                reverse.putAll(savedReverse);
            }
            if (!found) {
                difference = "$: no row matches " + abbreviate(e);
                return false;
            }
        }
        difference = null;
        return true;
    }

    private boolean fail(String path, Object expected, Object actual) {
        if (difference == null) {
            difference = path + ": expected " + abbreviate(expected) + " but got " + abbreviate(actual);
        }
        return false;
    }

    static String abbreviate(Object v) {
        String s = v instanceof String str ? '"' + str + '"' : String.valueOf(v == null ? "null"
                : io.arangomcp.aql.value.Json.stringify(v));
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private boolean equal(Object e, Object a, String path) {
        if (e instanceof Number x && a instanceof Number y) {
            return shapeOnly || numbersClose(x, y) || fail(path, e, a);
        }
        if (e instanceof String es && a instanceof String as) {
            if (es.equals(as)) {
                return true;
            }
            if (shapeOnly) {
                return es.length() == as.length() || fail(path, e, a);
            }
            return generatedKeyMatches(es, as) || fail(path, e, a);
        }
        if (e instanceof List<?> el && a instanceof List<?> al) {
            if (el.size() != al.size()) {
                return fail(path, e, a);
            }
            for (int i = 0; i < el.size(); i++) {
                if (!equal(el.get(i), al.get(i), path + "[" + i + "]")) {
                    return false;
                }
            }
            return true;
        }
        if (e instanceof Map<?, ?> em && a instanceof Map<?, ?> am) {
            for (Map.Entry<?, ?> x : em.entrySet()) {
                String k = (String) x.getKey();
                if (k.equals("_rev") || k.equals("_oldRev")) {
                    continue;
                }
                if (!am.containsKey(k)) {
                    return fail(path + "." + k, x.getValue(), "<missing>");
                }
                if (!equal(x.getValue(), am.get(k), path + "." + k)) {
                    return false;
                }
            }
            for (Object k : am.keySet()) {
                if (!em.containsKey(k) && !k.equals("_rev") && !k.equals("_oldRev")) {
                    return fail(path + "." + k, "<missing>", am.get(k));
                }
            }
            return true;
        }
        return Values.typeWeight(e) == Values.typeWeight(a) && Values.equal(e, a) || fail(path, e, a);
    }

    private boolean numbersClose(Number x, Number y) {
        if (Values.isIntegral(x) && Values.isIntegral(y)) {
            return x.longValue() == y.longValue();
        }
        double a = x.doubleValue();
        double b = y.doubleValue();
        if (a == b) {
            return true;
        }
        return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
    }

    /** A server-generated key (or id) in the expected value matches the engine's key, consistently. */
    private boolean generatedKeyMatches(String expected, String actual) {
        Matcher me = GENERATED.matcher(expected);
        Matcher ma = GENERATED.matcher(actual);
        if (!me.matches() || !ma.matches()) {
            return false;
        }
        if (me.group(1) != null && !me.group(1).equals(ma.group(1))) {
            return false;
        }
        String ek = me.group(2);
        String ak = ma.group(2);
        String mapped = keyMap.get(ek);
        if (mapped == null) {
            if (reverse.containsKey(ak)) {
                return false;
            }
            keyMap.put(ek, ak);
            reverse.put(ak, ek);
            return true;
        }
        return mapped.equals(ak);
    }
}
