package io.arangomcp.aql;

import io.arangomcp.aql.catalog.WriteTransaction;
import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.exec.Executors;
import io.arangomcp.aql.plan.QueryPlan;
import io.arangomcp.domain.error.DatabaseError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The results of a running query, read batch by batch. Reading queries produce rows lazily as batches are
 * requested; modification queries, and queries asked for {@code count}, {@code fullCount} or profiling, run to
 * completion before the first batch (as ArangoDB does). The first batch is computed when the query starts, so
 * errors surface from {@link AqlEngine#execute}.
 *
 * <p>One thread reads a cursor at a time; {@link #close()} may be called from any thread and stops the query.
 */
public final class AqlCursor implements AutoCloseable {
    private final QueryContext q;
    private final Executors.Pipeline pipeline;
    private final AqlOptions options;
    private final AtomicBoolean killed;
    private final Map<String, Object> phases;
    private final Map<String, Object> planJson;
    private final QueryPlan plan;
    /** Rows computed but not yet handed out, from {@code read} on (rows may be null). */
    private ArrayList<Object> buffer;
    private int read;
    private boolean exhausted;
    private volatile boolean closed;
    private Long count;
    private double executionTime;

    AqlCursor(QueryContext q, Executors.Pipeline pipeline, QueryPlan plan, AqlOptions options, AtomicBoolean killed,
              Map<String, Object> phases, Map<String, Object> planJson) {
        this.q = q;
        this.pipeline = pipeline;
        this.plan = plan;
        this.options = options;
        this.killed = killed;
        this.phases = phases;
        this.planJson = planJson;
        this.buffer = newBuffer();
    }

    /** A buffer sized for a typical batch, so filling one rarely grows it. */
    private ArrayList<Object> newBuffer() {
        return new ArrayList<>(Math.min(options.batchSize(), 1024));
    }

    /** Runs the query: everything for modifications and counted queries, else the first batch. */
    void start(WriteTransaction tx) {
        boolean eager = plan.modification() || options.count() || options.fullCount() || options.profile() > 0;
        if (eager) {
            drain();
            if (tx != null) {
                tx.commit();
            }
            count = (long) buffer.size();
        } else {
            fill(options.batchSize());
        }
    }

    private void drain() {
        fill(Long.MAX_VALUE);
    }

    private int buffered() {
        return buffer.size() - read;
    }

    private void fill(long rows) {
        if (read > 0 && read == buffer.size()) {
            buffer.clear();
            read = 0;
        }
        long wanted = buffer.size() + rows;
        try {
            boolean returns = pipeline.returns();
            while (!exhausted && buffer.size() < wanted) {
                if (pipeline.next()) {
                    if (returns) {
                        buffer.add(pipeline.value());
                    }
                } else {
                    exhausted = true;
                }
            }
        } catch (StackOverflowError e) {
            exhausted = true;
            throw new DatabaseError(400, 1524, "too much nesting or too many objects");
        } finally {
            executionTime = (System.nanoTime() - q.startNanos()) / 1e9;
        }
    }

    /** The next batch of at most batchSize rows; an empty list once the result is exhausted. */
    public List<Object> nextBatch() {
        if (closed) {
            return List.of();
        }
        if (buffered() == 0 && !exhausted) {
            try {
                fill(options.batchSize());
            } catch (RuntimeException e) {
                closed = true;
                throw AqlEngine.translate(e);
            }
        }
        int n = Math.min(buffered(), options.batchSize());
        if (read == 0 && n == buffer.size()) {
            // the whole buffer is this batch: hand it over instead of copying it
            List<Object> batch = buffer;
            buffer = exhausted ? new ArrayList<>() : newBuffer();
            return batch;
        }
        List<Object> batch = new ArrayList<>(buffer.subList(read, read + n));
        for (int i = read; i < read + n; i++) {
            buffer.set(i, null);
        }
        read += n;
        return batch;
    }

    /** Whether another batch may follow. */
    public boolean hasMore() {
        return !closed && (buffered() > 0 || !exhausted);
    }

    /** The total number of rows when the query ran with {@code count}, else null. */
    public Long count() {
        return options.count() ? count : null;
    }

    /**
     * ArangoDB's {@code extra}: {@code warnings}, {@code stats} (with {@code fullCount} when asked, {@code nodes}
     * when profiled) and {@code profile} when profiled. Complete once the result is exhausted.
     */
    public Map<String, Object> extra() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("warnings", new ArrayList<>(q.warnings()));
        Map<String, Object> stats = q.stats().toMap(executionTime, q.peakMemory());
        if (options.profile() >= 1) {
            stats.put("nodes", pipeline.nodeStats());
            Map<String, Object> profile = new LinkedHashMap<>(phases);
            profile.put("executing", executionTime);
            extra.put("profile", profile);
        }
        if (options.profile() >= 2) {
            extra.put("plan", planJson);
        }
        extra.put("stats", stats);
        return extra;
    }


    /** Stops the query (a running batch fails with 1500) and releases the results. Idempotent, any thread. */
    @Override
    public void close() {
        killed.set(true);
        closed = true;
    }
}
