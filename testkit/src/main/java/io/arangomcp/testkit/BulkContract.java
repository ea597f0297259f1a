package io.arangomcp.testkit;

import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.BulkItemResult;
import io.arangomcp.ports.out.gateway.WriteOptions;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.arangomcp.testkit.GatewayContractSupport.doc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Testkit: bulk writes answer one result per input, in input order, and a failing document fails alone.
 */
public interface BulkContract extends GatewayContractSupport {

    /** Asserts the per-document outcome: {@code 0} for success, else the expected {@code errorNum}. */
    private static void assertOutcomes(List<BulkItemResult> results, int... expected) {
        assertThat(results).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            BulkItemResult result = results.get(i);
            if (expected[i] == 0) {
                assertThat(result.succeeded()).as("item %d: %s", i, result.error()).isTrue();
            } else {
                assertThat(result.succeeded()).as("item %d should fail", i).isFalse();
                DatabaseError error = result.error();
                assertThat(error.errorNum()).as("item %d: %s", i, error.getMessage()).isEqualTo(expected[i]);
            }
        }
    }

    @Test
    default void insertAllReportsEachDocumentInOrder() {
        documentCollection("items");

        List<BulkItemResult> results = gateway().insertAll("items",
                List.of(doc("_key", "a"), doc("_key", "a"), doc("_key", "bad key"), doc("n", 1)),
                WriteOptions.defaults());

        assertOutcomes(results, 0, 1210, 1221, 0);
        assertThat(results.get(0).result().key()).isEqualTo("a");
        assertThat(results.get(1).error().httpStatus()).isEqualTo(409);
        assertThat(results.get(2).error().httpStatus()).isEqualTo(400);
        assertThat(gateway().count("items")).isEqualTo(2);
    }

    @Test
    default void insertAllReturnsNewDocumentsWhenAsked() {
        documentCollection("items");

        List<BulkItemResult> results = gateway().insertAll("items", List.of(doc("n", 1), doc("n", 2)),
                WriteOptions.defaults().withReturnNew(true));

        assertThat(results).extracting(r -> r.result().newDocument().get("n")).containsExactly(1, 2);
    }

    @Test
    default void insertAllOfNothingReturnsNothing() {
        documentCollection("items");

        assertThat(gateway().insertAll("items", List.of(), WriteOptions.defaults())).isEmpty();
    }

    @Test
    default void updateAllNamesDocumentsByKey() {
        documentCollection("items");
        insert("items", doc("_key", "a", "n", 1));
        insert("items", doc("_key", "b", "n", 1));

        List<BulkItemResult> results = gateway().updateAll("items",
                List.of(doc("_key", "a", "n", 2), doc("_key", "missing", "n", 2), doc("n", 2),
                        doc("_key", "b", "m", 3)),
                WriteOptions.defaults());

        assertOutcomes(results, 0, 1202, 1205, 0);
        assertThat(gateway().document("items", "a")).containsEntry("n", 2);
        assertThat(gateway().document("items", "b")).containsEntry("n", 1).containsEntry("m", 3);
    }

    @Test
    default void replaceAllNamesDocumentsByKey() {
        documentCollection("items");
        insert("items", doc("_key", "a", "n", 1));

        List<BulkItemResult> results = gateway().replaceAll("items",
                List.of(doc("_key", "a", "m", 2), doc("_key", "missing"), doc("m", 2)),
                WriteOptions.defaults().withReturnOld(true));

        assertOutcomes(results, 0, 1202, 1205);
        assertThat(results.get(0).result().oldDocument()).containsEntry("n", 1);
        assertThat(gateway().document("items", "a")).doesNotContainKey("n").containsEntry("m", 2);
    }

    @Test
    default void removeAllAcceptsKeysAndIdsOfTheCollection() {
        documentCollection("items");
        insert("items", doc("_key", "a"));
        insert("items", doc("_key", "b"));

        List<BulkItemResult> results = gateway().removeAll("items", List.of("a", "missing", "items/b", "a"),
                WriteOptions.defaults());

        assertOutcomes(results, 0, 1202, 0, 1202);
        assertThat(gateway().count("items")).isZero();
    }

    @Test
    default void bulkUniqueViolationsFailOnlyTheirDocument() {
        documentCollection("items");
        insert("items", doc("_key", "taken"));
        List<Map<String, Object>> batch = Arrays.asList(doc("_key", "x"), doc("_key", "taken"), doc("_key", "y"));

        assertOutcomes(gateway().insertAll("items", batch, WriteOptions.defaults()), 0, 1210, 0);
        assertThat(gateway().count("items")).isEqualTo(3);
    }
}
