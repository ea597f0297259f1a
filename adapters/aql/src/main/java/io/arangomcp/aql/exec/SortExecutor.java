package io.arangomcp.aql.exec;

import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.plan.PlanNode;
import io.arangomcp.aql.value.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * SORT: a stable sort of all rows by the sort keys in AQL order. When fused with a following LIMIT it keeps only
 * the first {@code limit} rows in a bounded heap, so sorting a million rows for a top ten holds ten rows.
 */
final class SortExecutor extends Executor {
    private final PlanNode.Sort sort;
    private final int width;
    private List<Object[]> rows;
    private int pos;

    SortExecutor(QueryContext q, Executor input, PlanNode.Sort node, boolean timed) {
        super(q, input, node, timed);
        this.sort = node;
        this.width = q.regs.length;
    }

    @Override
    boolean produce() {
        if (rows == null) {
            rows = sort.limit() >= 0 ? top(sort.limit()) : all();
        }
        if (pos >= rows.size()) {
            return false;
        }
        Object[] row = rows.get(pos);
        rows.set(pos++, null);
        System.arraycopy(row, 0, q.regs, 0, width);
        q.release(rowBytes());
        return true;
    }

    private long rowBytes() {
        return 24L + 8L * width;
    }

    /** Compares rows by the keys; the last register slot holds the arrival number, which keeps it stable. */
    private Comparator<Object[]> comparator() {
        List<PlanNode.SortKey> keys = sort.keys();
        return (a, b) -> {
            for (PlanNode.SortKey k : keys) {
                int c = Values.compare(a[k.var().slot()], b[k.var().slot()]);
                if (c != 0) {
                    return k.ascending() ? c : -c;
                }
            }
            return Long.compare((Long) a[width], (Long) b[width]);
        };
    }

    private Object[] snapshot(long seq) {
        Object[] row = new Object[width + 1];
        System.arraycopy(q.regs, 0, row, 0, width);
        row[width] = seq;
        return row;
    }

    private List<Object[]> all() {
        List<Object[]> out = new ArrayList<>();
        long seq = 0;
        while (input.next()) {
            q.allocate(rowBytes());
            out.add(snapshot(seq++));
        }
        out.sort(comparator());
        return out;
    }

    private List<Object[]> top(long limit) {
        Comparator<Object[]> cmp = comparator();
        PriorityQueue<Object[]> heap = new PriorityQueue<>(cmp.reversed());
        long seq = 0;
        while (input.next()) {
            if (limit == 0) {
                continue;
            }
            if (heap.size() < limit) {
                q.allocate(rowBytes());
                heap.add(snapshot(seq++));
                continue;
            }
            Object[] worst = heap.peek();
            if (compareCurrent(worst) < 0) {
                heap.poll();
                heap.add(snapshot(seq++));
            } else {
                seq++;
            }
        }
        List<Object[]> out = new ArrayList<>(heap);
        out.sort(cmp);
        return out;
    }

    /** The current registers compared to a kept row; a later row never beats an equal earlier one. */
    private int compareCurrent(Object[] row) {
        for (PlanNode.SortKey k : sort.keys()) {
            int c = Values.compare(q.regs[k.var().slot()], row[k.var().slot()]);
            if (c != 0) {
                return k.ascending() ? c : -c;
            }
        }
        return 1;
    }
}
