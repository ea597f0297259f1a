package io.arangomcp.testkit;

import io.arangomcp.ports.out.gateway.QueryCursor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.arangomcp.testkit.GatewayContractSupport.assertDatabaseError;
import static io.arangomcp.testkit.GatewayContractSupport.doc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Testkit: {@code documents(collection, batchSize)} hands out every document of a collection, whole (system
 * attributes included), in batches of at most the asked size, and stops at the end.
 */
public interface ScanContract extends GatewayContractSupport {

    @Test
    default void scansEveryDocumentInBatches() {
        documentCollection("items");
        for (int i = 0; i < 5; i++) {
            insert("items", doc("_key", "k" + i, "n", i));
        }
        List<Object> all = new ArrayList<>();
        int batches = 0;
        try (QueryCursor cursor = gateway().documents("items", 2)) {
            List<Object> batch = cursor.nextBatch();
            while (!batch.isEmpty()) {
                assertThat(batch.size()).isLessThanOrEqualTo(2);
                all.addAll(batch);
                batches++;
                batch = cursor.hasMore() ? cursor.nextBatch() : List.of();
            }
        }
        assertThat(batches).isEqualTo(3);
        assertThat(all).hasSize(5);
        assertThat(all).extracting(d -> (Object) ((Map<?, ?>) d).get("_key"))
                .containsExactlyInAnyOrder("k0", "k1", "k2", "k3", "k4");
        assertThat(((Map<?, ?>) all.get(0)).keySet().containsAll(List.of("_id", "_rev", "n"))).isTrue();
    }

    @Test
    default void scansAnEmptyCollectionAsNoBatch() {
        edgeCollection("links");
        try (QueryCursor cursor = gateway().documents("links", 10)) {
            assertThat(cursor.nextBatch()).isEmpty();
            assertThat(cursor.hasMore()).isFalse();
        }
    }

    @Test
    default void scanningAnUnknownCollectionAnswers404And1203() {
        assertDatabaseError(() -> gateway().documents("nope", 10).close(), 404, 1203);
    }
}
