package io.arangomcp.aql.functions;

import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.value.Values;
import io.arangomcp.domain.error.DatabaseError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Object functions: attributes and values, merging, keeping and removing attributes, document identifiers. */
final class DocumentFunctions {
    private DocumentFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        b.add("ATTRIBUTES", 1, 3, (q, a) -> object(q, a[0], "ATTRIBUTES", m -> {
            List<Object> out = new ArrayList<>();
            boolean noSystem = Args.bool(a, 1, false);
            for (String k : m.keySet()) {
                if (!noSystem || !k.startsWith("_")) {
                    out.add(k);
                }
            }
            if (Args.bool(a, 2, false)) {
                out.sort(Values::compare);
            }
            return out;
        }));
        b.alias("KEYS", "ATTRIBUTES");
        b.add("VALUES", 1, 2, (q, a) -> object(q, a[0], "VALUES", m -> {
            List<Object> out = new ArrayList<>();
            boolean noSystem = Args.bool(a, 1, false);
            m.forEach((k, v) -> {
                if (!noSystem || !k.startsWith("_")) {
                    out.add(v);
                }
            });
            return out;
        }));
        b.add("ENTRIES", 1, 1, (q, a) -> object(q, a[0], "ENTRIES", m -> {
            List<Object> out = new ArrayList<>();
            m.forEach((k, v) -> {
                List<Object> pair = new ArrayList<>(2);
                pair.add(k);
                pair.add(v);
                out.add(pair);
            });
            return out;
        }));
        b.add("HAS", 2, 2, (q, a) -> a[0] instanceof Map<?, ?> m && m.containsKey(Values.toStringValue(a[1])));
        b.add("VALUE", 2, 2, DocumentFunctions::value);
        b.add("MERGE", 1, AqlFunction.VARIADIC, (q, a) -> merge(q, a, false));
        b.add("MERGE_RECURSIVE", 1, AqlFunction.VARIADIC, (q, a) -> merge(q, a, true));
        b.add("MATCHES", 2, 3, DocumentFunctions::matches);
        b.add("KEEP", 2, AqlFunction.VARIADIC, (q, a) -> object(q, a[0], "KEEP", m -> {
            Set<String> names = names(a);
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                if (names.contains(k)) {
                    out.put(k, v);
                }
            });
            return out;
        }));
        b.add("UNSET", 2, AqlFunction.VARIADIC, (q, a) -> object(q, a[0], "UNSET", m -> {
            Set<String> names = names(a);
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                if (!names.contains(k)) {
                    out.put(k, v);
                }
            });
            return out;
        }));
        b.add("KEEP_RECURSIVE", 2, AqlFunction.VARIADIC, (q, a) -> object(q, a[0], "KEEP_RECURSIVE",
                m -> recursive(m, names(a), true)));
        b.add("UNSET_RECURSIVE", 2, AqlFunction.VARIADIC, (q, a) -> object(q, a[0], "UNSET_RECURSIVE",
                m -> recursive(m, names(a), false)));
        b.add("TRANSLATE", 2, 3, (q, a) -> {
            Map<String, Object> lookup = Args.object(a[1]);
            if (lookup == null) {
                return q.invalidArgument("TRANSLATE");
            }
            String key = Values.toStringValue(a[0]);
            if (lookup.containsKey(key)) {
                return lookup.get(key);
            }
            return a.length > 2 ? a[2] : a[0];
        });
        b.add("ZIP", 2, 2, (q, a) -> {
            List<Object> keys = Args.list(a[0]);
            List<Object> values = Args.list(a[1]);
            if (keys == null || values == null || keys.size() != values.size()) {
                return q.invalidArgument("ZIP");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                out.putIfAbsent(Values.toStringValue(keys.get(i)), values.get(i));
            }
            return out;
        });
        b.add("PARSE_IDENTIFIER", 1, 1, (q, a) -> {
            String[] parts = identifier(a[0], "PARSE_IDENTIFIER");
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("collection", parts[0]);
            out.put("key", parts[1]);
            return out;
        });
        b.add("PARSE_COLLECTION", 1, 1, (q, a) -> identifier(a[0], "PARSE_COLLECTION")[0]);
        b.add("PARSE_KEY", 1, 1, (q, a) -> identifier(a[0], "PARSE_KEY")[1]);
        b.add("IS_SAME_COLLECTION", 2, 2, (q, a) -> {
            String id = a[1] instanceof String s ? s
                    : a[1] instanceof Map<?, ?> m && m.get("_id") instanceof String s2 ? s2 : null;
            if (id == null) {
                return q.invalidArgument("IS_SAME_COLLECTION");
            }
            int slash = id.indexOf('/');
            String collection = slash < 0 ? id : id.substring(0, slash);
            return collection.equals(Values.toStringValue(a[0]));
        });
    }

    private interface ObjectBody {
        Object apply(Map<String, Object> m);
    }

    private static Object object(QueryContext q, Object v, String name, ObjectBody body) {
        Map<String, Object> m = Args.object(v);
        if (m == null) {
            return q.invalidArgument(name);
        }
        return body.apply(m);
    }

    /** Attribute names given as separate arguments or as one array (from argument 1 on). */
    private static Set<String> names(Object[] a) {
        Set<String> names = new HashSet<>();
        for (int i = 1; i < a.length; i++) {
            if (a[i] instanceof List<?> list) {
                list.forEach(x -> names.add(Values.toStringValue(x)));
            } else {
                names.add(Values.toStringValue(a[i]));
            }
        }
        return names;
    }

    private static Map<String, Object> recursive(Map<String, Object> m, Set<String> names, boolean keep) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (names.contains(e.getKey()) != keep) {
                continue;
            }
            Object v = e.getValue();
            if (v instanceof Map<?, ?> sub) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) sub;
                v = recursive(inner, names, keep);
            }
            out.put(e.getKey(), v);
        }
        return out;
    }

    private static Object value(QueryContext q, Object[] a) {
        List<Object> path = Args.list(a[1]);
        if (!(a[0] instanceof Map) || path == null) {
            return q.invalidArgument("VALUE");
        }
        Object current = a[0];
        for (Object step : path) {
            if (step instanceof String s && current instanceof Map<?, ?> m) {
                current = m.get(s);
            } else if (step instanceof Number n && current instanceof List<?> l) {
                long i = n.longValue();
                if (i < 0) {
                    i += l.size();
                }
                current = i >= 0 && i < l.size() ? l.get((int) i) : null;
            } else {
                return null;
            }
        }
        return current;
    }

    private static Object merge(QueryContext q, Object[] a, boolean recursive) {
        List<Object> docs = new ArrayList<>();
        if (a.length == 1 && a[0] instanceof List<?> list) {
            docs.addAll(list);
        } else {
            docs.addAll(List.of(a).stream().map(x -> (Object) x).toList());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Object d : docs) {
            Map<String, Object> m = Args.object(d);
            if (m == null) {
                return q.invalidArgument(recursive ? "MERGE_RECURSIVE" : "MERGE");
            }
            if (recursive) {
                out = mergeRecursive(out, m);
            } else {
                out.putAll(m);
            }
        }
        return out;
    }

    private static Map<String, Object> mergeRecursive(Map<String, Object> base, Map<String, Object> add) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        for (Map.Entry<String, Object> e : add.entrySet()) {
            Object old = out.get(e.getKey());
            if (old instanceof Map<?, ?> om && e.getValue() instanceof Map<?, ?> nm) {
                @SuppressWarnings("unchecked")
                Map<String, Object> merged = mergeRecursive((Map<String, Object>) om, (Map<String, Object>) nm);
                out.put(e.getKey(), merged);
            } else {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private static Object matches(QueryContext q, Object[] a) {
        Map<String, Object> doc = Args.object(a[0]);
        if (doc == null) {
            return q.invalidArgument("MATCHES");
        }
        List<Object> examples = a[1] instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>(List.of(a[1]));
        boolean returnIndex = Args.bool(a, 2, false);
        for (int i = 0; i < examples.size(); i++) {
            Map<String, Object> example = Args.object(examples.get(i));
            if (example == null) {
                return q.invalidArgument("MATCHES");
            }
            boolean all = true;
            for (Map.Entry<String, Object> e : example.entrySet()) {
                if (!Values.equal(doc.get(e.getKey()), e.getValue())) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return returnIndex ? (Object) (long) i : Boolean.TRUE;
            }
        }
        return returnIndex ? (Object) (-1L) : Boolean.FALSE;
    }

    /** [collection, key] of an id string or a document's {@code _id}; anything else is an error. */
    static String[] identifier(Object v, String function) {
        String id = v instanceof String s ? s : v instanceof Map<?, ?> m && m.get("_id") instanceof String s2 ? s2
                : null;
        if (id == null || id.indexOf('/') < 0) {
            throw new DatabaseError(400, 1542, "invalid argument type in call to function '" + function + "()'");
        }
        int slash = id.indexOf('/');
        return new String[] {id.substring(0, slash), id.substring(slash + 1)};
    }
}
