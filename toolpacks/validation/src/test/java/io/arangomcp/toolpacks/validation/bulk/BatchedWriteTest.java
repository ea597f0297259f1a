package io.arangomcp.toolpacks.validation.bulk;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.ports.out.gateway.BulkItemResult;
import io.arangomcp.ports.out.gateway.WriteResult;
import io.arangomcp.ports.spi.Cancellation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class BatchedWriteTest {
    private final List<List<Map<String, Object>>> sent = new ArrayList<>();

    /** Fails documents whose key starts with "x". */
    private List<BulkItemResult> write(List<Map<String, Object>> batch) {
        sent.add(batch);
        return batch.stream().map(d -> {
            String key = (String) d.get("_key");
            return key.startsWith("x") ? BulkItemResult.failure(ArangoErrors.UNIQUE_CONSTRAINT_VIOLATED.error())
                    : BulkItemResult.success(new WriteResult("c/" + key, key, "r", null, null, null));
        }).toList();
    }

    private static List<Map<String, Object>> docs(String... keys) {
        return java.util.Arrays.stream(keys).map(k -> Map.<String, Object>of("_key", k)).toList();
    }

    private BatchedWrite.Outcome run(List<Map<String, Object>> items, int batchSize, String onError,
                                     Function<Map<String, Object>, String> check) {
        return BatchedWrite.run(items, batchSize, onError, check, BatchedWrite::keyOf, this::write,
                Cancellation.NONE);
    }

    @Test
    void countsPerDocumentFailuresAsFailures() {
        BatchedWrite.Outcome o = run(docs("a", "x1", "b", "c"), 10, BatchedWrite.CONTINUE, d -> null);

        assertThat(o.succeeded()).isEqualTo(3);
        assertThat(o.failed()).isEqualTo(1);
        assertThat(o.errors()).containsExactly(new ItemError(1, "x1", "CONFLICT", 1210,
                ArangoErrors.UNIQUE_CONSTRAINT_VIOLATED.error().getMessage()));
        assertThat(o.successRate(4)).isEqualTo(0.75);
        assertThat(o.written()).extracting(WriteResult::key).containsExactly("a", "b", "c");
    }

    @Test
    void stopSendsNoBatchAfterAFailure() {
        BatchedWrite.Outcome o = run(docs("a", "x1", "b", "c", "d"), 2, BatchedWrite.STOP, d -> null);

        assertThat(sent).hasSize(1);
        assertThat(o.succeeded()).isEqualTo(1);
        assertThat(o.skipped()).isEqualTo(3);
        assertThat(o.batches()).isEqualTo(1);
    }

    @Test
    void continueListsAndIgnoreOnlyCountsFailures() {
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            many.add(Map.of("_key", "x" + i));
        }
        BatchedWrite.Outcome listed = run(many, 100, BatchedWrite.CONTINUE, d -> null);
        assertThat(listed.failed()).isEqualTo(150);
        assertThat(listed.errors()).hasSize(BatchedWrite.MAX_LISTED_ERRORS);
        assertThat(listed.errorsTruncated()).isTrue();

        BatchedWrite.Outcome counted = run(many, 100, BatchedWrite.IGNORE, d -> null);
        assertThat(counted.failed()).isEqualTo(150);
        assertThat(counted.errors()).isEmpty();
        assertThat(counted.errorsTruncated()).isFalse();
    }

    @Test
    void itemsACheckRefusesAreNeverSent() {
        BatchedWrite.Outcome o = run(docs("a", "b"), 10, BatchedWrite.CONTINUE,
                d -> d.get("_key").equals("b") ? "bad reference" : null);

        assertThat(sent).containsExactly(docs("a"));
        assertThat(o.errors()).containsExactly(new ItemError(1, "b", "VALIDATION_FAILED", null, "bad reference"));

        sent.clear();
        BatchedWrite.Outcome none = run(docs("a"), 10, BatchedWrite.STOP, d -> "no");
        assertThat(sent).isEmpty();
        assertThat(none.batches()).isZero();
        assertThat(none.successRate(0)).isZero();
        assertThat(BatchedWrite.keyOf(null)).isNull();
        assertThat(BatchedWrite.keyOf(Map.of("_key", 1))).isNull();
    }
}
