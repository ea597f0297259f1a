package io.arangomcp.adapters.memory.store;

import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredDocumentsTest {

    private final MemoryDatabase database = new MemoryDatabase("db", new ServerClock(Clock.systemUTC()),
            new SchemaCompiler());

    private MemoryCollection collection(String name, CollectionType type) {
        return database.write(() -> database.createCollection(name, CollectionSpec.of(type)));
    }

    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void putsSystemAttributesFirstLikeArangoDb() {
        Map<String, Object> edge = StoredDocuments.build(collection("e", CollectionType.EDGE), "k", "r",
                ordered("z", 1, "_to", "v/b", "_rev", "x", "a", 2, "_from", "v/a", "_key", "other"));

        assertThat(edge.keySet()).containsExactly("_key", "_id", "_from", "_to", "_rev", "z", "a");
        assertThat(edge).containsEntry("_id", "e/k").containsEntry("_rev", "r");
        assertThatThrownBy(() -> edge.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void keepsFromAndToAsUserAttributesOfDocuments() {
        Map<String, Object> document = StoredDocuments.build(collection("d", CollectionType.DOCUMENT), "k", "r",
                ordered("_from", 7));

        assertThat(document.keySet()).containsExactly("_key", "_id", "_rev", "_from");
    }

    @Test
    void refusesEdgesWithBadEnds() {
        MemoryCollection edges = collection("e", CollectionType.EDGE);

        assertThatThrownBy(() -> StoredDocuments.build(edges, "k", "r", ordered("_from", "v/a")))
                .isInstanceOf(DatabaseError.class).hasFieldOrPropertyWithValue("errorNum", 1233);
    }

    @Test
    void mergesRecursivelyKeepingPositions() {
        Map<String, Object> merged = StoredDocuments.merge(ordered("a", 1, "o", ordered("x", 1), "b", 2),
                ordered("o", ordered("y", 2), "c", 3, "a", 9), true, true);

        assertThat(merged.keySet()).containsExactly("a", "o", "b", "c");
        assertThat(merged).containsEntry("a", 9).containsEntry("o", Map.of("x", 1, "y", 2));
    }

    @Test
    void removesNullsWithoutKeepNullButNotInsideArrays() {
        Map<String, Object> merged = StoredDocuments.merge(ordered("a", 1, "o", ordered("x", 1)),
                ordered("a", null, "o", null, "n", ordered("p", null, "q", ordered("r", null)),
                        "l", Arrays.asList(1, null)), false, false);

        assertThat(merged).doesNotContainKeys("a", "o");
        assertThat(merged.get("n")).isEqualTo(Map.of("q", Map.of()));
        assertThat(merged.get("l")).isEqualTo(Arrays.asList(1, null));
    }

    @Test
    void replacesObjectsWithoutMergeObjects() {
        Map<String, Object> merged = StoredDocuments.merge(ordered("o", ordered("x", 1)),
                ordered("o", ordered("y", null)), true, false);

        assertThat(merged.get("o")).isEqualTo(ordered("y", null));
        assertThat(merged).hasSize(1);
    }
}
