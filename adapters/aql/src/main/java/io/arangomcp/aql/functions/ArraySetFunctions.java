package io.arangomcp.aql.functions;

import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.value.ValueKey;
import io.arangomcp.aql.value.Values;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Set operations on arrays: UNION, UNION_DISTINCT, MINUS, INTERSECTION, OUTERSECTION, JACCARD, COUNT_DISTINCT.
 * ArangoDB leaves the element order of MINUS, INTERSECTION and OUTERSECTION undefined; its hash sets hand small
 * results back newest first, which these functions reproduce.
 */
final class ArraySetFunctions {
    private ArraySetFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        b.add("UNION", 1, AqlFunction.VARIADIC, (q, a) -> {
            List<Object> out = new ArrayList<>();
            for (Object x : a) {
                List<Object> l = Args.list(x);
                if (l == null) {
                    return q.invalidArgument("UNION");
                }
                out.addAll(l);
            }
            return out;
        });
        b.add("UNION_DISTINCT", 1, AqlFunction.VARIADIC, (q, a) -> {
            Set<ValueKey> seen = new LinkedHashSet<>();
            for (Object x : a) {
                List<Object> l = Args.list(x);
                if (l == null) {
                    return q.invalidArgument("UNION_DISTINCT");
                }
                l.forEach(v -> seen.add(new ValueKey(v)));
            }
            return values(seen, false);
        });
        b.add("MINUS", 1, AqlFunction.VARIADIC, ArraySetFunctions::minus);
        b.add("INTERSECTION", 1, AqlFunction.VARIADIC, ArraySetFunctions::intersection);
        b.add("OUTERSECTION", 1, AqlFunction.VARIADIC, ArraySetFunctions::outersection);
        b.add("JACCARD", 2, 2, ArraySetFunctions::jaccard);
        b.add("COUNT_DISTINCT", 1, 1, (q, a) -> {
            List<Object> l = Args.list(a[0]);
            if (l == null) {
                return q.invalidArgument("COUNT_DISTINCT");
            }
            Set<ValueKey> seen = new java.util.HashSet<>();
            l.forEach(v -> seen.add(new ValueKey(v)));
            return (long) seen.size();
        });
        b.alias("COUNT_UNIQUE", "COUNT_DISTINCT");
    }

    private static List<Object> values(Set<ValueKey> keys, boolean newestFirst) {
        List<Object> out = new ArrayList<>(keys.size());
        keys.forEach(k -> out.add(k.value()));
        if (newestFirst) {
            Collections.reverse(out);
        }
        return out;
    }

    private static Object minus(QueryContext q, Object[] a) {
        Set<ValueKey> keep = new LinkedHashSet<>();
        for (int i = 0; i < a.length; i++) {
            List<Object> l = Args.list(a[i]);
            if (l == null) {
                return q.invalidArgument("MINUS");
            }
            for (Object v : l) {
                if (i == 0) {
                    keep.add(new ValueKey(v));
                } else {
                    keep.remove(new ValueKey(v));
                }
            }
        }
        return values(keep, true);
    }

    private static Object intersection(QueryContext q, Object[] a) {
        Set<ValueKey> current = null;
        for (Object x : a) {
            List<Object> l = Args.list(x);
            if (l == null) {
                return q.invalidArgument("INTERSECTION");
            }
            Set<ValueKey> these = new LinkedHashSet<>();
            l.forEach(v -> these.add(new ValueKey(v)));
            if (current == null) {
                current = these;
            } else {
                current.retainAll(these);
            }
        }
        return current == null ? new ArrayList<>() : values(current, true);
    }

    private static Object outersection(QueryContext q, Object[] a) {
        Map<ValueKey, Integer> counts = new LinkedHashMap<>();
        for (Object x : a) {
            List<Object> l = Args.list(x);
            if (l == null) {
                return q.invalidArgument("OUTERSECTION");
            }
            Set<ValueKey> these = new LinkedHashSet<>();
            l.forEach(v -> these.add(new ValueKey(v)));
            these.forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        Set<ValueKey> once = new LinkedHashSet<>();
        counts.forEach((k, n) -> {
            if (n == 1) {
                once.add(k);
            }
        });
        return values(once, true);
    }

    private static Object jaccard(QueryContext q, Object[] a) {
        List<Object> x = Args.list(a[0]);
        List<Object> y = Args.list(a[1]);
        if (x == null || y == null) {
            return q.invalidArgument("JACCARD");
        }
        Set<ValueKey> sx = new java.util.HashSet<>();
        x.forEach(v -> sx.add(new ValueKey(v)));
        Set<ValueKey> sy = new java.util.HashSet<>();
        y.forEach(v -> sy.add(new ValueKey(v)));
        if (sx.isEmpty() && sy.isEmpty()) {
            return 1L;
        }
        Set<ValueKey> union = new java.util.HashSet<>(sx);
        union.addAll(sy);
        sx.retainAll(sy);
        return Values.number((double) sx.size() / union.size());
    }
}
