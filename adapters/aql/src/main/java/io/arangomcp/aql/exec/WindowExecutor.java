package io.arangomcp.aql.exec;

import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.functions.Durations;
import io.arangomcp.aql.plan.PlanNode;
import io.arangomcp.aql.value.Values;
import io.arangomcp.domain.error.DatabaseError;
import java.util.ArrayList;
import java.util.List;

/**
 * WINDOW: aggregates over neighbouring rows. Row-based windows take {@code preceding}/{@code following} row
 * counts (or "unbounded"); range-based windows take value distances (numbers, or ISO 8601 durations over
 * timestamps) around each row's range value, with the rows ordered by that value.
 */
final class WindowExecutor extends Executor {
    private final PlanNode.Window window;
    private final int width;
    private List<Object[]> rows;
    private List<Object[]> results;
    private int pos;

    WindowExecutor(QueryContext q, Executor input, PlanNode.Window node, boolean timed) {
        super(q, input, node, timed);
        this.window = node;
        this.width = q.regs.length;
    }

    @Override
    boolean produce() {
        if (rows == null) {
            load();
        }
        if (pos >= rows.size()) {
            return false;
        }
        System.arraycopy(rows.get(pos), 0, q.regs, 0, width);
        Object[] values = results.get(pos);
        for (int i = 0; i < values.length; i++) {
            q.regs[window.aggregates().get(i).out().slot()] = values[i];
        }
        pos++;
        return true;
    }

    private void load() {
        rows = new ArrayList<>();
        while (input.next()) {
            q.allocate(24L + 8L * width);
            rows.add(q.regs.clone());
        }
        if (window.rangeVar() != null) {
            int slot = window.rangeVar().slot();
            rows.sort((a, b) -> Values.compare(a[slot], b[slot]));
        }
        results = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            int[] bounds = window.rangeVar() == null ? rowBounds(i) : rangeBounds(i);
            results.add(aggregate(bounds[0], bounds[1]));
        }
    }

    private int[] rowBounds(int i) {
        int n = rows.size();
        long before = rowCount(window.preceding(), window.following() == null);
        long after = rowCount(window.following(), window.preceding() == null);
        int from = (int) Math.max(0, i - before);
        int to = (int) Math.min(n - 1, i + after);
        return new int[] {from, to};
    }

    private static long rowCount(Object spec, boolean otherMissing) {
        if (spec == null) {
            return 0;
        }
        if ("unbounded".equals(spec)) {
            return Integer.MAX_VALUE;
        }
        if (spec instanceof Number n && n.doubleValue() >= 0) {
            return (long) n.doubleValue();
        }
        if (spec instanceof String s && Values.parseNumber(s, -1) >= 0) {
            return (long) Values.parseNumber(s, 0);
        }
        throw new DatabaseError(400, 10, "invalid WINDOW bound");
    }

    private int[] rangeBounds(int i) {
        int slot = window.rangeVar().slot();
        Object v = rows.get(i)[slot];
        if (!(v instanceof Number num)) {
            return new int[] {i, i};
        }
        double low = lowerValue(num.doubleValue(), window.preceding());
        double high = upperValue(num.doubleValue(), window.following());
        int from = i;
        while (from > 0 && inRange(rows.get(from - 1)[slot], low, high)) {
            from--;
        }
        int to = i;
        while (to < rows.size() - 1 && inRange(rows.get(to + 1)[slot], low, high)) {
            to++;
        }
        return new int[] {from, to};
    }

    private static boolean inRange(Object v, double low, double high) {
        return v instanceof Number n && n.doubleValue() >= low && n.doubleValue() <= high;
    }

    private static double lowerValue(double v, Object spec) {
        if (spec == null) {
            return v;
        }
        if ("unbounded".equals(spec)) {
            return Double.NEGATIVE_INFINITY;
        }
        if (spec instanceof Number n) {
            return v - n.doubleValue();
        }
        return Durations.addTo((long) v, Durations.parse(String.valueOf(spec)), -1);
    }

    private static double upperValue(double v, Object spec) {
        if (spec == null) {
            return v;
        }
        if ("unbounded".equals(spec)) {
            return Double.POSITIVE_INFINITY;
        }
        if (spec instanceof Number n) {
            return v + n.doubleValue();
        }
        return Durations.addTo((long) v, Durations.parse(String.valueOf(spec)), 1);
    }

    private Object[] aggregate(int from, int to) {
        int n = window.aggregates().size();
        Object[] out = new Object[n];
        for (int a = 0; a < n; a++) {
            PlanNode.AggregateVar agg = window.aggregates().get(a);
            Aggregators.Aggregator acc = Aggregators.create(agg.function());
            for (int r = from; r <= to; r++) {
                acc.add(agg.in() == null ? null : rows.get(r)[agg.in().slot()]);
            }
            out[a] = acc.result();
        }
        return out;
    }
}
