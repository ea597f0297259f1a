package io.arangomcp.aql.functions;

import io.arangomcp.aql.eval.ArrayOps;
import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.value.ValueKey;
import io.arangomcp.aql.value.Values;
import io.arangomcp.domain.error.DatabaseError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Array functions: LENGTH, element access, adding and removing elements, slicing, sorting, flattening. */
final class ArrayFunctions {
    private ArrayFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        b.add("LENGTH", 1, 1, (q, a) -> length(a[0]));
        b.alias("COUNT", "LENGTH");
        b.add("FIRST", 1, 1, (q, a) -> array(q, a[0], "FIRST", l -> l.isEmpty() ? null : l.get(0)));
        b.add("LAST", 1, 1, (q, a) -> array(q, a[0], "LAST", l -> l.isEmpty() ? null : l.get(l.size() - 1)));
        b.add("NTH", 2, 2, (q, a) -> array(q, a[0], "NTH", l -> {
            long pos = (long) Values.toDouble(a[1]);
            return pos >= 0 && pos < l.size() ? l.get((int) pos) : null;
        }));
        b.add("POSITION", 2, 3, (q, a) -> array(q, a[0], "POSITION", l -> {
            int idx = indexOf(l, a[1]);
            return Args.bool(a, 2, false) ? (Object) (long) idx : (Object) (idx >= 0);
        }));
        b.alias("CONTAINS_ARRAY", "POSITION");
        b.add("PUSH", 2, 3, (q, a) -> array(q, a[0], "PUSH", l -> {
            List<Object> out = new ArrayList<>(l);
            if (!Args.bool(a, 2, false) || indexOf(l, a[1]) < 0) {
                out.add(a[1]);
            }
            return out;
        }));
        b.add("APPEND", 2, 3, ArrayFunctions::append);
        b.add("POP", 1, 1, (q, a) -> array(q, a[0], "POP", l -> l.isEmpty() ? new ArrayList<>()
                : new ArrayList<>(l.subList(0, l.size() - 1))));
        b.add("SHIFT", 1, 1, (q, a) -> array(q, a[0], "SHIFT", l -> l.isEmpty() ? new ArrayList<>()
                : new ArrayList<>(l.subList(1, l.size()))));
        b.add("UNSHIFT", 2, 3, (q, a) -> array(q, a[0], "UNSHIFT", l -> {
            List<Object> out = new ArrayList<>(l);
            if (!Args.bool(a, 2, false) || indexOf(l, a[1]) < 0) {
                out.add(0, a[1]);
            }
            return out;
        }));
        b.add("SLICE", 2, 3, (q, a) -> array(q, a[0], "SLICE", l -> slice(l, a)));
        b.add("REVERSE", 1, 1, (q, a) -> {
            if (a[0] instanceof List<?> l) {
                List<Object> out = new ArrayList<>(l);
                Collections.reverse(out);
                return out;
            }
            if (a[0] instanceof String s) {
                return new StringBuilder(s).reverse().toString();
            }
            return q.invalidArgument("REVERSE");
        });
        b.add("SORTED", 1, 1, (q, a) -> array(q, a[0], "SORTED", l -> {
            List<Object> out = new ArrayList<>(l);
            out.sort(Values::compare);
            return out;
        }));
        b.add("SORTED_UNIQUE", 1, 1, (q, a) -> array(q, a[0], "SORTED_UNIQUE", l -> {
            List<Object> out = unique(l);
            out.sort(Values::compare);
            return out;
        }));
        b.add("UNIQUE", 1, 1, (q, a) -> array(q, a[0], "UNIQUE", ArrayFunctions::unique));
        b.add("FLATTEN", 1, 2, (q, a) -> array(q, a[0], "FLATTEN",
                l -> ArrayOps.flatten(l, (int) Math.max(0, Math.min(100, Args.integer(a, 1, 1))))));
        b.add("REMOVE_VALUE", 2, 3, (q, a) -> array(q, a[0], "REMOVE_VALUE", l -> {
            long limit = Args.integer(a, 2, -1);
            List<Object> out = new ArrayList<>();
            for (Object x : l) {
                if (limit != 0 && Values.equal(x, a[1])) {
                    limit--;
                } else {
                    out.add(x);
                }
            }
            return out;
        }));
        b.add("REMOVE_VALUES", 2, 2, (q, a) -> array(q, a[0], "REMOVE_VALUES", l -> {
            List<Object> remove = Args.list(a[1]);
            Set<ValueKey> drop = new java.util.HashSet<>();
            if (remove != null) {
                remove.forEach(x -> drop.add(new ValueKey(x)));
            }
            List<Object> out = new ArrayList<>();
            for (Object x : l) {
                if (!drop.contains(new ValueKey(x))) {
                    out.add(x);
                }
            }
            return out;
        }));
        b.add("REMOVE_NTH", 2, 2, (q, a) -> array(q, a[0], "REMOVE_NTH", l -> {
            long pos = (long) Values.toDouble(a[1]);
            if (pos < 0) {
                pos += l.size();
            }
            List<Object> out = new ArrayList<>(l);
            if (pos >= 0 && pos < l.size()) {
                out.remove((int) pos);
            }
            return out;
        }));
        b.add("REPLACE_NTH", 3, 4, ArrayFunctions::replaceNth);
        b.add("INTERLEAVE", 2, AqlFunction.VARIADIC, ArrayFunctions::interleave);
    }

    private interface ListBody {
        Object apply(List<Object> list);
    }

    /** Runs {@code body} on an array argument; anything else warns (1542) and gives null. */
    private static Object array(QueryContext q, Object v, String name, ListBody body) {
        List<Object> l = Args.list(v);
        if (l == null) {
            return q.invalidArgument(name);
        }
        return body.apply(l);
    }

    static Object length(Object v) {
        if (v == null) {
            return 0L;
        }
        if (v instanceof List<?> l) {
            return (long) l.size();
        }
        if (v instanceof Map<?, ?> m) {
            return (long) m.size();
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        String s = Values.toStringValue(v);
        return (long) s.codePointCount(0, s.length());
    }

    static int indexOf(List<?> l, Object v) {
        for (int i = 0; i < l.size(); i++) {
            if (Values.equal(l.get(i), v)) {
                return i;
            }
        }
        return -1;
    }

    static List<Object> unique(List<?> l) {
        Set<ValueKey> seen = new LinkedHashSet<>();
        for (Object x : l) {
            seen.add(new ValueKey(x));
        }
        List<Object> out = new ArrayList<>(seen.size());
        seen.forEach(k -> out.add(k.value()));
        return out;
    }

    private static Object append(QueryContext q, Object[] a) {
        List<Object> base = Args.list(a[0]);
        if (base == null && a[0] != null) {
            return q.invalidArgument("APPEND");
        }
        List<Object> out = base == null ? new ArrayList<>() : new ArrayList<>(base);
        if (a[1] instanceof List<?> values) {
            out.addAll(values);
        } else if (a[1] != null) {
            out.add(a[1]);
        }
        return Args.bool(a, 2, false) ? unique(out) : out;
    }

    private static Object slice(List<Object> l, Object[] a) {
        int n = l.size();
        long start = (long) Values.toDouble(a[1]);
        if (start < 0) {
            start = Math.max(0, n + start);
        }
        start = Math.min(start, n);
        long end = n;
        if (a.length > 2 && a[2] != null) {
            long len = (long) Values.toDouble(a[2]);
            end = len < 0 ? n + len : start + len;
        }
        end = Math.max(start, Math.min(end, n));
        return new ArrayList<>(l.subList((int) start, (int) end));
    }

    private static Object replaceNth(QueryContext q, Object[] a) {
        List<Object> l = Args.list(a[0]);
        if (l == null) {
            return q.invalidArgument("REPLACE_NTH");
        }
        long pos = (long) Values.toDouble(a[1]);
        List<Object> out = new ArrayList<>(l);
        if (pos < 0) {
            pos = Math.max(0, pos + l.size());
        }
        if (pos < l.size()) {
            out.set((int) pos, a[2]);
            return out;
        }
        if (pos > l.size() && a.length < 4) {
            throw new DatabaseError(400, 1542, "invalid argument type in call to function 'REPLACE_NTH()'");
        }
        while (out.size() < pos) {
            q.allocate(16);
            out.add(a[3]);
        }
        out.add(a[2]);
        return out;
    }

    private static Object interleave(QueryContext q, Object[] a) {
        List<List<?>> lists = new ArrayList<>();
        int max = 0;
        for (Object x : a) {
            if (!(x instanceof List<?> l)) {
                return q.invalidArgument("INTERLEAVE");
            }
            lists.add(l);
            max = Math.max(max, l.size());
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            for (List<?> l : lists) {
                if (i < l.size()) {
                    out.add(l.get(i));
                }
            }
        }
        return out;
    }
}
