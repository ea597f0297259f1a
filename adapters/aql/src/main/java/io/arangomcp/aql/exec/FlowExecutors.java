package io.arangomcp.aql.exec;

import io.arangomcp.aql.eval.Expression;
import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.plan.PlanNode;
import io.arangomcp.aql.value.ValueKey;
import io.arangomcp.aql.value.Values;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The row-at-a-time executors: singleton, calculation, filter, limit, subquery and return. */
final class FlowExecutors {
    private FlowExecutors() {
    }

    /** Yields one row: the empty start row, or the current outer row of a subquery. */
    static final class Singleton extends Executor {
        private boolean done;

        Singleton(QueryContext q, PlanNode node, boolean timed) {
            super(q, null, node, timed);
        }

        @Override
        boolean produce() {
            if (done) {
                return false;
            }
            done = true;
            return true;
        }
    }

    static final class Calculation extends Executor {
        private final PlanNode.Calculation calc;

        Calculation(QueryContext q, Executor input, PlanNode.Calculation node, boolean timed) {
            super(q, input, node, timed);
            this.calc = node;
        }

        @Override
        boolean produce() {
            if (!input.next()) {
                return false;
            }
            q.regs[calc.out().slot()] = calc.expr().eval().evaluate(q);
            return true;
        }
    }

    static final class Filter extends Executor {
        private final int slot;

        Filter(QueryContext q, Executor input, PlanNode.Filter node, boolean timed) {
            super(q, input, node, timed);
            this.slot = node.in().slot();
        }

        @Override
        boolean produce() {
            while (input.next()) {
                if (Values.toBool(q.regs[slot])) {
                    return true;
                }
                q.stats().filtered++;
            }
            return false;
        }
    }

    static final class NoResults extends Executor {
        NoResults(QueryContext q, Executor input, PlanNode node, boolean timed) {
            super(q, input, node, timed);
        }

        @Override
        boolean produce() {
            return false;
        }
    }

    /** LIMIT; with fullCount it keeps counting the rows after the limit without producing them. */
    static final class Limit extends Executor {
        private final PlanNode.Limit limit;
        private long skipped;
        private long produced;
        private boolean counted;

        Limit(QueryContext q, Executor input, PlanNode.Limit node, boolean timed) {
            super(q, input, node, timed);
            this.limit = node;
        }

        @Override
        boolean produce() {
            while (skipped < limit.offset()) {
                if (!input.next()) {
                    finishCount(skipped);
                    return false;
                }
                skipped++;
            }
            if (produced >= limit.count()) {
                if (limit.fullCount() && !counted) {
                    long rest = 0;
                    while (input.next()) {
                        rest++;
                    }
                    finishCount(skipped + produced + rest);
                }
                return false;
            }
            if (!input.next()) {
                finishCount(skipped + produced);
                return false;
            }
            produced++;
            return true;
        }

        private void finishCount(long total) {
            if (limit.fullCount() && !counted) {
                counted = true;
                q.stats().fullCount = total;
            }
        }
    }

    /** LET x = (subquery): runs the subquery for each row and stores the array of its results. */
    static final class Subquery extends Executor {
        private final PlanNode.Subquery sub;

        Subquery(QueryContext q, Executor input, PlanNode.Subquery node, boolean timed) {
            super(q, input, node, timed);
            this.sub = node;
        }

        @Override
        boolean produce() {
            if (!input.next()) {
                return false;
            }
            q.regs[sub.out().slot()] = Executors.runSubquery(sub.body(), q);
            return true;
        }
    }

    /** The result of the rows reaching it; DISTINCT drops repeated values. */
    static final class Return extends Executor {
        private final int slot;
        /** The RETURN expression when its calculation node is folded into this one; else null. */
        private final Expression computed;
        private final Set<ValueKey> seen;
        private Object value;

        /**
         * A RETURN, computing its value itself when {@code fused} (the calculation just before it) is given; errors
         * then name the calculation node, as they would without the folding.
         */
        Return(QueryContext q, Executor input, PlanNode.Return node, PlanNode.Calculation fused, boolean timed) {
            super(q, input, fused != null ? fused : node, timed);
            this.slot = node.in().slot();
            this.computed = fused != null ? fused.expr().eval() : null;
            this.seen = node.distinct() ? new HashSet<>() : null;
        }

        @Override
        boolean produce() {
            while (input.next()) {
                value = computed != null ? computed.evaluate(q) : q.regs[slot];
                if (seen == null) {
                    return true;
                }
                if (seen.add(new ValueKey(value))) {
                    q.allocate(48);
                    return true;
                }
            }
            return false;
        }

        Object value() {
            return value;
        }
    }

    /** Values of a list as iteration input for FOR; anything else fails like ArangoDB (1563). */
    static List<Object> iterable(Object v) {
        List<Object> list = Values.asList(v);
        if (list == null) {
            throw new io.arangomcp.domain.error.DatabaseError(400, 1563,
                    "collection or array expected as operand to FOR loop; you provided a value of type '"
                            + Values.typeName(v) + "'");
        }
        return list;
    }
}
