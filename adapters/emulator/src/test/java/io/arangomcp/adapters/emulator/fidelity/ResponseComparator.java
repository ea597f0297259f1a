package io.arangomcp.adapters.emulator.fidelity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fidelity: compares one recorded JSON answer with the emulator's under the corpus normalisation rules:
 * revisions, timestamps and other volatile values are compared by presence only; generated keys and ids by
 * consistent binding ({@link Tokens}); numbers with a relative tolerance; error messages after normalising their
 * variable parts; listings (answers of GET requests) as sets. Everything else must be equal, attribute by
 * attribute, with no attribute missing or extra.
 */
final class ResponseComparator {

    /** Values that differ per server run: only their presence is compared. */
    private static final Set<String> VOLATILE = Set.of("_rev", "_oldRev", "globallyUniqueId", "objectId", "planId",
            "executionTime", "peakMemoryUsage", "created", "started", "time", "checksum", "revision", "path",
            "nextBatchId", "stats", "profile", "details", "version", "server", "license");
    /** Attributes whose presence depends on the engine's plan cache: neither value nor presence is compared. */
    private static final Set<String> OPTIONAL = Set.of("cacheable");
    private static final Set<String> IDENTITIES = Set.of("_id", "_from", "_to");
    private static final double TOLERANCE = 1e-9;
    /** Index names the server generates ({@code idx_} and a number). */
    private static final java.util.regex.Pattern GENERATED_NAME = java.util.regex.Pattern.compile("idx_\\d+");

    private final Tokens tokens;
    private final boolean listing;

    /**
     * @param tokens  the example's bindings
     * @param listing whether the answer lists things (a GET): arrays are compared as sets
     */
    ResponseComparator(Tokens tokens, boolean listing) {
        this.tokens = tokens;
        this.listing = listing;
    }

    /** The differences, each as {@code pointer: what}; empty when the answers match. */
    List<String> compare(Object recorded, Object actual) {
        List<String> differences = new ArrayList<>();
        compare("", recorded, actual, differences);
        return differences;
    }

    private void compare(String pointer, Object recorded, Object actual, List<String> out) {
        String key = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (VOLATILE.contains(key) && !(recorded instanceof List)) {
            return;
        }
        if (isPlan(pointer, key) && recorded instanceof Map && actual instanceof Map) {
            List<Object> expected = nodeTypes(recorded);
            List<Object> got = nodeTypes(actual);
            if (!expected.equals(got)) {
                out.add(pointer + ": expected plan nodes " + expected + ", got " + got);
            }
            return;
        }
        if (recorded instanceof Map && actual instanceof Map) {
            compareObjects(pointer, (Map<?, ?>) recorded, (Map<?, ?>) actual, out);
        } else if (recorded instanceof List && actual instanceof List) {
            compareArrays(pointer, (List<?>) recorded, (List<?>) actual, out);
        } else if (recorded instanceof Number && actual instanceof Number) {
            if (key.equals("lastValue") && Tokens.isToken(String.valueOf(recorded))) {
                if (!tokens.bind(String.valueOf(recorded), String.valueOf(actual))) {
                    out.add(pointer + ": expected the value bound to " + recorded + ", got " + actual);
                }
            } else if (!sameNumber((Number) recorded, (Number) actual)) {
                out.add(pointer + ": expected " + recorded + ", got " + actual);
            }
        } else if (recorded instanceof String && actual instanceof String) {
            compareStrings(pointer, key, (String) recorded, (String) actual, out);
        } else if (recorded == null ? actual != null : !recorded.equals(actual)) {
            out.add(pointer + ": expected " + recorded + ", got " + actual);
        }
    }

    /** Execution plans are engine-specific (rule 3): only the sequence of node types is compared. */
    private static boolean isPlan(String pointer, String key) {
        String parent = pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
        return key.equals("plan") || parent.endsWith("/plans");
    }

    private static List<Object> nodeTypes(Object plan) {
        Object nodes = ((Map<?, ?>) plan).get("nodes");
        List<Object> types = new ArrayList<>();
        if (nodes instanceof List) {
            for (Object node : (List<?>) nodes) {
                types.add(node instanceof Map ? ((Map<?, ?>) node).get("type") : node);
            }
        }
        return types;
    }

    private void compareObjects(String pointer, Map<?, ?> recorded, Map<?, ?> actual, List<String> out) {
        Set<Object> keys = new TreeSet<>(Comparator.comparing(String::valueOf));
        keys.addAll(recorded.keySet());
        keys.addAll(actual.keySet());
        keys.removeAll(OPTIONAL);
        for (Object k : keys) {
            String child = pointer + "/" + k;
            if (!actual.containsKey(k)) {
                out.add(child + ": missing");
            } else if (!recorded.containsKey(k)) {
                out.add(child + ": not expected (" + abbreviate(actual.get(k)) + ")");
            } else {
                compare(child, recorded.get(k), actual.get(k), out);
            }
        }
    }

    private void compareArrays(String pointer, List<?> recorded, List<?> actual, List<String> out) {
        if (recorded.size() != actual.size()) {
            out.add(pointer + ": expected " + recorded.size() + " elements, got " + actual.size() + " ("
                    + abbreviate(actual) + ")");
            return;
        }
        List<?> expected = listing ? sorted(recorded) : recorded;
        List<?> got = listing ? sorted(actual) : actual;
        for (int i = 0; i < expected.size(); i++) {
            compare(pointer + "/" + i, expected.get(i), got.get(i), out);
        }
    }

    /** A listing in a stable order: by name (or user, key) for objects, by value for strings. */
    private static List<?> sorted(List<?> list) {
        List<Object> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing(ResponseComparator::sortKey));
        return copy;
    }

    private static String sortKey(Object element) {
        if (element instanceof Map) {
            for (String name : List.of("name", "user", "_key", "collection", "id")) {
                Object value = ((Map<?, ?>) element).get(name);
                if (value != null) {
                    return String.valueOf(value);
                }
            }
        }
        return String.valueOf(element);
    }

    private void compareStrings(String pointer, String key, String recorded, String actual, List<String> out) {
        boolean same;
        if (key.equals("errorMessage")) {
            same = normalizedMessage(recorded).equals(normalizedMessage(actual));
        } else if (Tokens.isToken(recorded)) {
            same = tokens.bind(recorded, actual) || key.equals("id");
        } else if (key.equals("name") && GENERATED_NAME.matcher(recorded).matches()) {
            same = GENERATED_NAME.matcher(actual).matches();
        } else if (IDENTITIES.contains(key) || key.equals("id") && recorded.contains("/")) {
            same = sameIdentity(recorded, actual) || key.equals("id");
        } else {
            same = recorded.equals(actual);
        }
        if (!same) {
            out.add(pointer + ": expected \"" + recorded + "\", got \"" + actual + "\"");
        }
    }

    /** {@code collection/key}: the same collection, and keys equal or bound to each other. */
    private boolean sameIdentity(String recorded, String actual) {
        int r = recorded.indexOf('/');
        int a = actual.indexOf('/');
        if (r < 0 || a < 0 || !recorded.substring(0, r).equals(actual.substring(0, a))) {
            return recorded.equals(actual);
        }
        String recordedKey = recorded.substring(r + 1);
        String actualKey = actual.substring(a + 1);
        return Tokens.isToken(recordedKey) ? tokens.bind(recordedKey, actualKey) : recordedKey.equals(actualKey);
    }

    /** An error message without its variable parts: parser details, node numbers. */
    static String normalizedMessage(String message) {
        String m = message.replaceAll("\\[node #\\d+: ", "[node #: ");
        int vpack = m.indexOf("VPackError error:");
        return vpack >= 0 ? m.substring(0, vpack + "VPackError error:".length()) : m;
    }

    private static boolean sameNumber(Number a, Number b) {
        double x = a.doubleValue();
        double y = b.doubleValue();
        return x == y || Math.abs(x - y) <= TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
