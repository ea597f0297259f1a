package io.arangomcp.aql.exec;

import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.plan.PlanNode;
import io.arangomcp.aql.plan.Variable;
import io.arangomcp.aql.value.ValueKey;
import io.arangomcp.aql.value.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * COLLECT: groups all input rows by the group values, computes aggregates, INTO arrays and counts, then emits one
 * row per group, sorted by the group values (the default method) or in first-seen order (hash + SORT null).
 * Without group variables there is exactly one group, even for empty input.
 */
final class CollectExecutor extends Executor {
    private final PlanNode.Collect collect;
    private List<Group> groups;
    private int pos;

    private final class Group {
        final Object[] key;
        final Aggregators.Aggregator[] aggregates;
        final List<Object> into;
        long count;

        Group(Object[] key) {
            this.key = key;
            this.aggregates = new Aggregators.Aggregator[collect.aggregates().size()];
            for (int i = 0; i < aggregates.length; i++) {
                aggregates[i] = Aggregators.create(collect.aggregates().get(i).function());
            }
            this.into = collect.into() == null ? null : new ArrayList<>();
        }
    }

    private static final Object NULL_KEY = new Object();

    /**
     * A hash key with AQL equality for one group value: strings, booleans and numbers (normalized, so 1 and 1.0
     * meet) stand for themselves; arrays and objects are wrapped.
     */
    private static Object hashKey(Object v) {
        if (v == null) {
            return NULL_KEY;
        }
        if (v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Number num) {
            return Values.normalize(num);
        }
        return new ValueKey(v);
    }

    CollectExecutor(QueryContext q, Executor input, PlanNode.Collect node, boolean timed) {
        super(q, input, node, timed);
        this.collect = node;
    }

    @Override
    boolean produce() {
        if (groups == null) {
            groups = build();
        }
        if (pos >= groups.size()) {
            return false;
        }
        Group g = groups.get(pos);
        groups.set(pos++, null);
        for (int i = 0; i < g.key.length; i++) {
            q.regs[collect.groups().get(i).out().slot()] = g.key[i];
        }
        for (int i = 0; i < g.aggregates.length; i++) {
            q.regs[collect.aggregates().get(i).out().slot()] = g.aggregates[i].result();
        }
        if (collect.into() != null) {
            q.regs[collect.into().slot()] = g.into;
        }
        if (collect.count() != null) {
            q.regs[collect.count().slot()] = g.count;
        }
        return true;
    }

    private List<Group> build() {
        Map<Object, Group> byKey = new LinkedHashMap<>();
        int n = collect.groups().size();
        int single = n == 1 ? collect.groups().get(0).in().slot() : -1;
        while (input.next()) {
            Object k;
            Object[] key = null;
            if (single >= 0) {
                k = hashKey(q.regs[single]);
            } else {
                key = new Object[n];
                for (int i = 0; i < n; i++) {
                    key[i] = q.regs[collect.groups().get(i).in().slot()];
                }
                k = new ValueKey(Arrays.asList(key));
            }
            Group g = byKey.get(k);
            if (g == null) {
                g = new Group(key != null ? key : new Object[] {q.regs[single]});
                byKey.put(k, g);
                q.allocate(64 + 16L * n);
            }
            accumulate(g);
        }
        if (n == 0 && byKey.isEmpty()) {
            byKey.put(NULL_KEY, new Group(new Object[0]));
        }
        List<Group> out = new ArrayList<>(byKey.values());
        if (collect.sorted() && n > 0) {
            out.sort((a, b) -> {
                for (int i = 0; i < n; i++) {
                    int c = Values.compare(a.key[i], b.key[i]);
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            });
        }
        return out;
    }

    private void accumulate(Group g) {
        g.count++;
        for (int i = 0; i < g.aggregates.length; i++) {
            Variable in = collect.aggregates().get(i).in();
            g.aggregates[i].add(in == null ? null : q.regs[in.slot()]);
        }
        if (g.into != null) {
            if (collect.intoExpr() != null) {
                g.into.add(q.regs[collect.intoExpr().slot()]);
            } else {
                Map<String, Object> row = new LinkedHashMap<>();
                for (Map.Entry<String, Variable> e : collect.keep().entrySet()) {
                    row.put(e.getKey(), q.regs[e.getValue().slot()]);
                }
                g.into.add(row);
            }
            q.allocate(16);
        }
    }
}
