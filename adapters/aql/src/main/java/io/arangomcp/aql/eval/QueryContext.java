package io.arangomcp.aql.eval;

import io.arangomcp.aql.catalog.Catalog;
import io.arangomcp.aql.catalog.WriteTransaction;
import io.arangomcp.domain.error.DatabaseError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * The state of one running query: the registers every variable lives in, the catalog, warnings, statistics,
 * limits (time, memory, cancellation) and per-query caches. Used by one thread at a time.
 */
public final class QueryContext {
    private static final int PATTERN_CACHE_SIZE = 64;

    /** The registers; each variable of the query has its own slot. */
    public final Object[] regs;
    private final Catalog catalog;
    private final QueryLimits limits;
    private final AtomicBoolean killed;
    private final Stats stats = new Stats();
    private final List<Map<String, Object>> warnings = new ArrayList<>();
    private final Map<String, Pattern> patterns = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > PATTERN_CACHE_SIZE;
        }
    };
    private final long startNanos = System.nanoTime();
    private final java.util.Random random = new java.util.Random();
    private WriteTransaction transaction;
    private long memory;
    private long peakMemory;
    private int depth;

    public QueryContext(int registers, Catalog catalog, QueryLimits limits, AtomicBoolean killed) {
        this.regs = new Object[registers];
        this.catalog = catalog;
        this.limits = Objects.requireNonNull(limits, "limits is null");
        this.killed = Objects.requireNonNull(killed, "killed is null");
    }

    /** The catalog, or an error when the query runs without one (constant folding). */
    public Catalog catalog() {
        if (catalog == null) {
            throw new NotConstantException();
        }
        return catalog;
    }

    public Stats stats() {
        return stats;
    }

    public long startNanos() {
        return startNanos;
    }

    /** Registers a warning, or fails when the query runs with {@code failOnWarning}. */
    public void warn(int code, String message) {
        if (limits.failOnWarning()) {
            throw new DatabaseError(400, code, message);
        }
        if (warnings.size() < limits.maxWarningCount()) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("code", code);
            w.put("message", message);
            warnings.add(w);
        }
    }

    /** Warning 1542 for a function called with an argument of the wrong type; returns null for convenience. */
    public Object invalidArgument(String function) {
        warn(1542, "invalid argument type in call to function '" + function + "()'");
        return null;
    }

    public List<Map<String, Object>> warnings() {
        return warnings;
    }

    /** Fails with 1500 when the query was cancelled or ran past its maxRuntime. */
    public void checkAlive() {
        if (killed.get()) {
            throw new DatabaseError(410, 1500, "query killed");
        }
        if (limits.deadlineNanos() != Long.MAX_VALUE && System.nanoTime() - limits.deadlineNanos() > 0) {
            killed.set(true);
            throw new DatabaseError(410, 1500, "query killed");
        }
    }

    /** Accounts memory held by the query; fails with 32 past the memory limit. */
    public void allocate(long bytes) {
        memory += bytes;
        if (memory > peakMemory) {
            peakMemory = memory;
        }
        if (limits.memoryLimit() > 0 && memory > limits.memoryLimit()) {
            throw new DatabaseError(500, 32, "query would use more memory than allowed");
        }
    }

    public void release(long bytes) {
        memory -= bytes;
    }

    public long peakMemory() {
        return peakMemory;
    }

    /** A compiled regular expression, cached for this query. */
    public Pattern pattern(String key, java.util.function.Supplier<Pattern> compile) {
        Pattern p = patterns.get(key);
        if (p == null) {
            p = compile.get();
            patterns.put(key, p);
        }
        return p;
    }

    /** This query's random source (RAND, UUID-like tokens). */
    public java.util.Random random() {
        return random;
    }

    public WriteTransaction transaction() {
        return transaction;
    }

    public void transaction(WriteTransaction tx) {
        this.transaction = tx;
    }

    /** Guards recursion through nested subqueries and values built at run time. */
    public void enter() {
        if (++depth > 400) {
            depth = 0;
            throw new DatabaseError(400, 1524, "too much nesting or too many objects");
        }
    }

    public void leave() {
        depth--;
    }
}
