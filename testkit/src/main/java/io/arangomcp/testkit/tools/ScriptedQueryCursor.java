package io.arangomcp.testkit.tools;

import io.arangomcp.ports.out.gateway.QueryCursor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test double: a {@link QueryCursor} that hands out scripted batches and records how it was used (batches read,
 * whether it was closed), so tests can check that a tool streams, stops early and always closes its cursor.
 */
public final class ScriptedQueryCursor implements QueryCursor {
    private final List<List<Object>> batches;
    private final Map<String, Object> extra;
    private int batchesRead;
    private boolean closed;

    /**
     * @param batches the batches, in order
     * @param extra   what {@link #extra()} returns ({@code warnings}, {@code stats}, …)
     */
    public ScriptedQueryCursor(List<List<Object>> batches, Map<String, Object> extra) {
        this.batches = new ArrayList<>(batches);
        this.extra = extra;
    }

    /** A cursor over the given batches with empty statistics and no warnings. */
    @SafeVarargs
    public static ScriptedQueryCursor of(List<Object>... batches) {
        return new ScriptedQueryCursor(List.of(batches), Map.of("warnings", List.of(), "stats", Map.of()));
    }

    @Override
    public List<Object> nextBatch() {
        if (closed) {
            throw new IllegalStateException("the cursor is closed");
        }
        if (batchesRead >= batches.size()) {
            return List.of();
        }
        return batches.get(batchesRead++);
    }

    @Override
    public boolean hasMore() {
        return !closed && batchesRead < batches.size();
    }

    @Override
    public Long count() {
        return null;
    }

    @Override
    public Map<String, Object> extra() {
        return extra;
    }

    @Override
    public void close() {
        closed = true;
    }

    /** Whether {@link #close()} was called. */
    public boolean closed() {
        return closed;
    }

    /** How many batches were handed out. */
    public int batchesRead() {
        return batchesRead;
    }
}
