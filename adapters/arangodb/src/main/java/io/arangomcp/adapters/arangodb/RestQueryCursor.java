package io.arangomcp.adapters.arangodb;

import com.arangodb.Request.Method;
import io.arangomcp.ports.out.gateway.QueryCursor;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.arangomcp.adapters.arangodb.RestCalls.request;

/**
 * ArangoDB backend: a server-side cursor read batch by batch ({@code POST /_api/cursor/<id>}); only the
 * current batch is held. Closing it before the last batch deletes the cursor on the server
 * ({@code DELETE /_api/cursor/<id>}), which also stops a query that is still running. Not thread-safe, like
 * every {@link QueryCursor}.
 */
final class RestQueryCursor implements QueryCursor {

    private final RestCalls rest;
    private final String id;
    private final Long count;
    private List<Object> pending;
    private boolean hasMore;
    private Map<String, Object> extra;
    private boolean closed;

    RestQueryCursor(RestCalls rest, Map<String, Object> first) {
        this.rest = Objects.requireNonNull(rest, "rest is null");
        this.id = Json.optionalString(first, "id");
        Object total = first.get("count");
        this.count = total instanceof Number ? ((Number) total).longValue() : null;
        take(first);
    }

    private void take(Map<String, Object> answer) {
        pending = Json.array(answer.getOrDefault("result", List.of()), "cursor result");
        hasMore = Boolean.TRUE.equals(answer.get("hasMore")) && id != null;
        Object more = answer.get("extra");
        if (more instanceof Map) {
            extra = Json.object(more, "cursor extra");
        }
    }

    @Override
    public List<Object> nextBatch() {
        if (pending != null) {
            List<Object> batch = pending;
            pending = null;
            return batch;
        }
        if (!hasMore || closed) {
            return List.of();
        }
        take(Json.object(rest.send(request(Method.POST, "/_api/cursor", id)), "cursor"));
        List<Object> batch = pending;
        pending = null;
        return batch;
    }

    @Override
    public boolean hasMore() {
        return pending != null && !pending.isEmpty() || hasMore && !closed;
    }

    @Override
    public Long count() {
        return count;
    }

    @Override
    public Map<String, Object> extra() {
        return extra == null ? Map.of() : extra;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (hasMore) {
            try {
                rest.send(request(Method.DELETE, "/_api/cursor", id));
            } catch (RuntimeException e) {
                // expired, exhausted or unreachable: the server drops the cursor at its ttl anyway, and closing
                // must not hide the outcome the caller is already handling
            }
        }
    }
}
