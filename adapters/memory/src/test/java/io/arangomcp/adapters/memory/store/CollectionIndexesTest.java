package io.arangomcp.adapters.memory.store;

import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.IndexInfo;
import io.arangomcp.ports.out.gateway.IndexSpec;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CollectionIndexesTest {

    private final ServerClock clock = new ServerClock(Clock.systemUTC());

    private static IndexDefinition definition(String type, List<String> fields, Map<String, Object> options) {
        return IndexDefinition.normalize(new IndexSpec(type, fields, false, false, null, options));
    }

    @Test
    void startsWithPrimaryAndEdgeIndexes() {
        assertThat(new CollectionIndexes("c", CollectionType.DOCUMENT, clock).describe())
                .extracting(IndexInfo::type).containsExactly("primary");
        CollectionIndexes edges = new CollectionIndexes("e", CollectionType.EDGE, clock);
        assertThat(edges.describe()).extracting(IndexInfo::type).containsExactly("primary", "edge");
        assertThat(edges.edgeIndex()).isPresent();
        assertThat(new CollectionIndexes("c", CollectionType.DOCUMENT, clock).edgeIndex()).isEmpty();
    }

    @Test
    void buildsNewIndexesOverExistingDocuments() {
        CollectionIndexes indexes = new CollectionIndexes("c", CollectionType.DOCUMENT, clock);
        List<MemoryCollection.Entry> documents = List.of(new MemoryCollection.Entry(1, Map.of("_key", "a", "n", 1)),
                new MemoryCollection.Entry(2, Map.of("_key", "b", "n", 2)));

        IndexInfo created = indexes.ensure(definition("persistent", List.of("n"), Map.of()), documents);

        assertThat(indexes.persistent()).hasSize(1);
        assertThat(indexes.persistent().get(0).equal(List.of(2))).containsExactly("b");
        assertThat(indexes.find(created.name())).isPresent();
        assertThat(indexes.find(created.id().substring(2))).isPresent();
        assertThat(indexes.find("nope")).isEmpty();
    }

    @Test
    void findsEqualPassiveIndexesAgain() {
        CollectionIndexes indexes = new CollectionIndexes("c", CollectionType.DOCUMENT, clock);
        IndexInfo geo = indexes.ensure(definition("geo", List.of("loc"), Map.of("geoJson", true)), List.of());

        assertThat(indexes.ensure(definition("geo", List.of("loc"), Map.of("geoJson", true)), List.of()).id())
                .isEqualTo(geo.id());
        assertThat(indexes.ensure(definition("geo", List.of("loc"), Map.of()), List.of()).newlyCreated()).isTrue();
        assertThat(indexes.persistent()).isEmpty();
    }

    @Test
    void dropsByHandleAndRefusesOtherCollections() {
        CollectionIndexes indexes = new CollectionIndexes("c", CollectionType.DOCUMENT, clock);
        IndexInfo created = indexes.ensure(definition("persistent", List.of("n"), Map.of()), List.of());

        assertThatThrownBy(() -> indexes.drop("other/" + created.id().substring(2)))
                .isInstanceOf(DatabaseError.class).hasFieldOrPropertyWithValue("errorNum", 1213);
        assertThat(indexes.drop(created.id())).isEqualTo(created.id());
        assertThatThrownBy(() -> indexes.drop("primary")).isInstanceOf(DatabaseError.class)
                .hasFieldOrPropertyWithValue("errorNum", 1212);
    }
}
