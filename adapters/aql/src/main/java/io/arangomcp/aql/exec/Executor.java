package io.arangomcp.aql.exec;

import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.plan.PlanNode;
import io.arangomcp.domain.error.DatabaseError;

/**
 * One running plan node in a pull pipeline: {@link #next()} advances to the next row, whose variables are in the
 * query's shared registers. Nodes that must look at all rows (SORT, COLLECT) snapshot and restore registers.
 * Errors are annotated with the node once; when profiling, calls, rows produced and time are counted.
 */
abstract class Executor {
    protected final QueryContext q;
    protected final Executor input;
    final PlanNode node;
    long calls;
    long items;
    long nanos;
    private final boolean timed;
    private int ticks;

    Executor(QueryContext q, Executor input, PlanNode node, boolean timed) {
        this.q = q;
        this.input = input;
        this.node = node;
        this.timed = timed;
    }

    /** Advances to the next row; false when there is none. */
    final boolean next() {
        if ((++ticks & 255) == 0) {
            q.checkAlive();
        }
        try {
            return timed ? profiledProduce() : produce();
        } catch (ExecutionError e) {
            throw e;
        } catch (DatabaseError e) {
            if (e.errorNum() == 1500) {
                throw e;
            }
            throw new ExecutionError(e, node.id(), node.type());
        }
    }

    /**
     * {@link #produce()} counting calls and rows, with its time (including the time of its inputs) added to this
     * node's runtime; only profiled queries pay for the bookkeeping.
     */
    private boolean profiledProduce() {
        calls++;
        long start = System.nanoTime();
        try {
            boolean produced = produce();
            if (produced) {
                items++;
            }
            return produced;
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    /** Produces the next row into the registers. */
    abstract boolean produce();
}
