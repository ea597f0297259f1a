package io.arangomcp.adapters.memory;

import io.arangomcp.ports.out.gateway.QueryCursor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * In-memory backend: a cursor over a snapshot of documents, handed out in batches (a collection scan without AQL).
 * Not thread-safe, like every cursor.
 */
final class SnapshotCursor implements QueryCursor {
    private final List<? extends Map<String, Object>> documents;
    private final int batchSize;
    private int position;
    private boolean closed;

    SnapshotCursor(List<? extends Map<String, Object>> documents, int batchSize) {
        this.documents = List.copyOf(documents);
        this.batchSize = batchSize;
    }

    @Override
    public List<Object> nextBatch() {
        if (closed || position >= documents.size()) {
            return List.of();
        }
        int end = Math.min(documents.size(), position + batchSize);
        List<Object> batch = new ArrayList<>(documents.subList(position, end));
        position = end;
        return batch;
    }

    @Override
    public boolean hasMore() {
        return !closed && position < documents.size();
    }

    @Override
    public Long count() {
        return null;
    }

    @Override
    public Map<String, Object> extra() {
        return Map.of("warnings", List.of(), "stats", Map.of("scannedFull", (long) position));
    }

    @Override
    public void close() {
        closed = true;
    }
}
