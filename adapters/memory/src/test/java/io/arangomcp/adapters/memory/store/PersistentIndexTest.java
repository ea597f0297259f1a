package io.arangomcp.adapters.memory.store;

import io.arangomcp.ports.out.gateway.IndexInfo;
import io.arangomcp.ports.out.gateway.IndexSpec;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

class PersistentIndexTest {

    private static PersistentIndex index(List<String> fields, boolean unique, boolean sparse,
                                         Map<String, Object> options) {
        return new PersistentIndex(7, "idx_7", IndexDefinition.normalize(new IndexSpec("persistent", fields, unique,
                sparse, null, options)));
    }

    private static Map<String, Object> doc(String key, Object... namesAndValues) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("_key", key);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            document.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return JsonValues.freezeObject(document);
    }

    @Test
    void findsEqualValuesAndRangesInIndexOrder() {
        PersistentIndex index = index(List.of("age"), false, false, Map.of());
        index.insert(doc("c", "age", 30), 1);
        index.insert(doc("a", "age", 20), 2);
        index.insert(doc("b", "age", 25), 3);
        index.insert(doc("d", "age", 30.0), 4);
        index.insert(doc("e"), 5);

        assertThat(index.equal(List.of(30))).containsExactly("c", "d");
        assertThat(index.equal(List.of())).containsExactly("e", "a", "b", "c", "d");
        assertThat(index.range(List.of(), 20, false, 30, true)).containsExactly("b", "c", "d");
        assertThat(index.range(List.of(), 20, true, 30, false)).containsExactly("a", "b");
        assertThat(index.range(List.of(), ValueOrder.MIN, true, 25, true)).containsExactly("e", "a", "b");
        assertThat(index.range(List.of(), 26, true, ValueOrder.MAX, true)).containsExactly("c", "d");
        assertThat(index.range(List.of(), 40, true, 10, true)).isEmpty();
    }

    @Test
    void looksUpByPrefixThenRangeOnTheNextField() {
        PersistentIndex index = index(List.of("country", "population"), false, false, Map.of());
        index.insert(doc("lisbon", "country", "PT", "population", 545), 6);
        index.insert(doc("porto", "country", "PT", "population", 232), 7);
        index.insert(doc("madrid", "country", "ES", "population", 3280), 8);

        assertThat(index.equal(List.of("PT"))).containsExactly("porto", "lisbon");
        assertThat(index.range(List.of("PT"), 300, true, ValueOrder.MAX, false)).containsExactly("lisbon");
        assertThat(index.range(List.of("PT"), 232, false, 545, false)).isEmpty();
        assertThat(index.equal(List.of("ES", 3280))).containsExactly("madrid");
        assertThatThrownBy(() -> index.range(List.of("PT", 1), 1, true, 2, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.equal(List.of("PT", 1, 2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void enforcesUniquenessAgainstOtherDocumentsOnly() {
        PersistentIndex index = index(List.of("email"), true, false, Map.of());
        index.insert(doc("a", "email", "x"), 9);

        assertThat(index.conflictingKey(doc("b", "email", "x"))).isEqualTo("a");
        assertThat(index.conflictingKey(doc("a", "email", "x", "more", 1))).isNull();
        assertThat(index.conflictingKey(doc("b", "email", "y"))).isNull();
        assertThat(index(List.of("email"), false, false, Map.of()).conflictingKey(doc("b", "email", "x"))).isNull();
    }

    @Test
    void sparseIndexesLeaveOutNullAndMissingValues() {
        PersistentIndex index = index(List.of("a", "b"), false, true, Map.of());
        index.insert(doc("none"), 10);
        index.insert(doc("half", "a", 1), 11);
        index.insert(doc("nullB", "a", 1, "b", null), 12);
        index.insert(doc("full", "a", 1, "b", 2), 13);

        assertThat(index.equal(List.of())).containsExactly("full");
    }

    @Test
    void arrayPathsIndexEachElementAndDeduplicateByDefault() {
        PersistentIndex deduplicating = index(List.of("tags[*]"), true, false, Map.of());
        PersistentIndex keepingDuplicates = index(List.of("tags[*]"), true, false, Map.of("deduplicate", false));
        Map<String, Object> twice = doc("a", "tags", List.of("x", "x", "y"));

        assertThat(deduplicating.conflictingKey(twice)).isNull();
        deduplicating.insert(twice, 1);
        assertThat(deduplicating.equal(List.of("x"))).containsExactly("a");
        assertThat(keepingDuplicates.conflictingKey(twice)).isEqualTo("a");
        assertThat(deduplicating.describe("c", false).selectivityEstimate()).isEqualTo(1.0);
    }

    @Test
    void storesRepeatedArrayValuesOnceEvenWithoutDeduplicate() {
        PersistentIndex index = index(List.of("tags[*]"), false, false, Map.of("deduplicate", false));
        Map<String, Object> twice = doc("a", "tags", List.of("x", "x"));

        index.insert(twice, 1);
        assertThat(index.equal(List.of("x"))).containsExactly("a");
        index.remove(twice, 1);

        assertThat(index.equal(List.of())).isEmpty();
    }

    @Test
    void removesEntriesAndEstimatesSelectivity() {
        PersistentIndex index = index(List.of("n"), false, false, Map.of());
        index.insert(doc("a", "n", 1), 14);
        index.insert(doc("b", "n", 1), 15);
        index.insert(doc("c", "n", 2), 16);
        assertThat(index.describe("c", false).selectivityEstimate()).isCloseTo(2.0 / 3, offset(1e-9));

        index.remove(doc("a", "n", 1), 14);
        assertThat(index.equal(List.of(1))).containsExactly("b");

        index.clear();
        assertThat(index.equal(List.of())).isEmpty();
        assertThat(index.describe("c", false).selectivityEstimate()).isEqualTo(1.0);
    }

    @Test
    void describesItselfLikeArangoDb() {
        IndexInfo info = index(List.of("n"), false, false, Map.of("estimates", false)).describe("items", true);

        assertThat(info.id()).isEqualTo("items/7");
        assertThat(info.name()).isEqualTo("idx_7");
        assertThat(info.newlyCreated()).isTrue();
        assertThat(info.selectivityEstimate()).isNull();
        assertThat(info.options()).containsEntry("deduplicate", true).containsEntry("estimates", false);
    }
}
