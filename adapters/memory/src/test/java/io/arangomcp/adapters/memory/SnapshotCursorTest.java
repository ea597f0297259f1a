package io.arangomcp.adapters.memory;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotCursorTest {
    private final List<Map<String, Object>> docs = List.of(Map.of("_key", "a"), Map.of("_key", "b"),
            Map.of("_key", "c"));

    @Test
    void handsOutBatchesAndCountsWhatWasScanned() {
        SnapshotCursor cursor = new SnapshotCursor(docs, 2);

        assertThat(cursor.nextBatch()).hasSize(2);
        assertThat(cursor.hasMore()).isTrue();
        assertThat(cursor.nextBatch()).hasSize(1);
        assertThat(cursor.hasMore()).isFalse();
        assertThat(cursor.nextBatch()).isEmpty();
        assertThat(cursor.count()).isNull();
        assertThat(cursor.extra()).containsEntry("stats", Map.of("scannedFull", 3L));
    }

    @Test
    void aClosedCursorHasNothingMore() {
        SnapshotCursor cursor = new SnapshotCursor(docs, 1);
        cursor.nextBatch();

        cursor.close();

        assertThat(cursor.hasMore()).isFalse();
        assertThat(cursor.nextBatch()).isEmpty();
    }
}
