package io.arangomcp.adapters.memory.aql;

import io.arangomcp.aql.AqlCursor;
import io.arangomcp.ports.out.gateway.QueryCursor;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * In-memory backend: an AQL engine cursor behind the {@link QueryCursor} port (rows are produced lazily, batch
 * by batch; closing stops the query).
 */
final class AqlQueryCursor implements QueryCursor {
    private final AqlCursor cursor;

    AqlQueryCursor(AqlCursor cursor) {
        this.cursor = Objects.requireNonNull(cursor, "cursor is null");
    }

    @Override
    public List<Object> nextBatch() {
        return cursor.nextBatch();
    }

    @Override
    public boolean hasMore() {
        return cursor.hasMore();
    }

    @Override
    public Long count() {
        return cursor.count();
    }

    @Override
    public Map<String, Object> extra() {
        return cursor.extra();
    }

    @Override
    public void close() {
        cursor.close();
    }
}
