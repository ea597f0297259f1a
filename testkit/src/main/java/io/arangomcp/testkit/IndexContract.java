package io.arangomcp.testkit;

import io.arangomcp.ports.out.gateway.IndexInfo;
import io.arangomcp.ports.out.gateway.IndexSpec;
import io.arangomcp.ports.out.gateway.WriteOptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.arangomcp.testkit.GatewayContractSupport.assertDatabaseError;
import static io.arangomcp.testkit.GatewayContractSupport.doc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Testkit: indexes: the built-in primary and edge indexes, persistent indexes (unique, sparse, array paths,
 * legacy aliases), {@code ensureIndex} idempotence, dropping, and the other stored index types.
 */
public interface IndexContract extends GatewayContractSupport {

    private static IndexSpec unique(String... fields) {
        return new IndexSpec("persistent", List.of(fields), true, false, null, Map.of());
    }

    @Test
    default void listsThePrimaryIndexFirst() {
        documentCollection("items");

        List<IndexInfo> indexes = gateway().indexes("items");

        assertThat(indexes).hasSize(1);
        IndexInfo primary = indexes.get(0);
        assertThat(primary.id()).isEqualTo("items/0");
        assertThat(primary.type()).isEqualTo("primary");
        assertThat(primary.fields()).containsExactly("_key");
        assertThat(primary.unique()).isTrue();
        assertThat(primary.sparse()).isFalse();
    }

    @Test
    default void listsTheEdgeIndexAfterThePrimaryIndex() {
        edgeCollection("links");

        List<IndexInfo> indexes = gateway().indexes("links");

        assertThat(indexes).extracting(IndexInfo::type).containsExactly("primary", "edge");
        assertThat(indexes.get(1).fields()).containsExactly("_from", "_to");
    }

    @Test
    default void createsAPersistentIndexWithAGeneratedName() {
        documentCollection("items");

        IndexInfo created = gateway().ensureIndex("items", IndexSpec.persistent(List.of("a", "b")));

        assertThat(created.newlyCreated()).isTrue();
        assertThat(created.id()).startsWith("items/");
        assertThat(created.name()).startsWith("idx_");
        assertThat(created.type()).isEqualTo("persistent");
        assertThat(created.fields()).containsExactly("a", "b");
        assertThat(created.unique()).isFalse();
        assertThat(created.sparse()).isFalse();
        assertThat(gateway().indexes("items")).extracting(IndexInfo::id).containsExactly("items/0", created.id());
    }

    @Test
    default void returnsAnEqualExistingIndexInsteadOfCreatingAnother() {
        documentCollection("items");
        IndexInfo first = gateway().ensureIndex("items", IndexSpec.persistent(List.of("a")));

        IndexInfo second = gateway().ensureIndex("items", IndexSpec.persistent(List.of("a")));

        assertThat(second.newlyCreated()).isFalse();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(gateway().indexes("items")).hasSize(2);
    }

    @Test
    default void treatsHashAndSkiplistAsPersistent() {
        documentCollection("items");

        IndexInfo hash = gateway().ensureIndex("items", new IndexSpec("hash", List.of("a"), false, false, null, null));
        IndexInfo skiplist = gateway().ensureIndex("items",
                new IndexSpec("skiplist", List.of("a"), false, false, null, null));

        assertThat(hash.type()).isEqualTo("persistent");
        assertThat(skiplist.newlyCreated()).isFalse();
        assertThat(skiplist.id()).isEqualTo(hash.id());
    }

    @Test
    default void uniqueIndexRefusesLaterDuplicatesWith409And1210() {
        documentCollection("people");
        gateway().ensureIndex("people", unique("email"));
        insert("people", doc("_key", "a", "email", "a@example.com"));

        assertThat(assertDatabaseError(() -> insert("people", doc("email", "a@example.com")), 409, 1210)
                .getMessage()).startsWith("unique constraint violated");
        insert("people", doc("_key", "b", "email", "b@example.com"));
        assertDatabaseError(() -> gateway().update("people", "b", doc("email", "a@example.com"),
                WriteOptions.defaults()), 409, 1210);
        assertDatabaseError(() -> gateway().replace("people", "b", doc("email", "a@example.com"),
                WriteOptions.defaults()), 409, 1210);
        assertThat(gateway().document("people", "b")).containsEntry("email", "b@example.com");
        gateway().update("people", "a", doc("email", "a@example.com", "name", "A"), WriteOptions.defaults());
    }

    @Test
    default void uniqueIndexTreatsEqualNumbersAsEqual() {
        documentCollection("items");
        gateway().ensureIndex("items", unique("n"));
        insert("items", doc("n", 1));

        assertDatabaseError(() -> insert("items", doc("n", 1.0)), 409, 1210);
    }

    @Test
    default void nonSparseUniqueIndexCountsMissingValuesAsNull() {
        documentCollection("items");
        gateway().ensureIndex("items", unique("email"));
        insert("items", doc("name", "first"));

        assertDatabaseError(() -> insert("items", doc("name", "second")), 409, 1210);
    }

    @Test
    default void sparseUniqueIndexIgnoresDocumentsWithoutTheValue() {
        documentCollection("items");
        gateway().ensureIndex("items", new IndexSpec("persistent", List.of("email"), true, true, null, null));

        insert("items", doc("name", "first"));
        insert("items", doc("name", "second", "email", null));
        insert("items", doc("email", "x@example.com"));

        assertDatabaseError(() -> insert("items", doc("email", "x@example.com")), 409, 1210);
        assertThat(gateway().count("items")).isEqualTo(3);
    }

    @Test
    default void refusesAUniqueIndexOverExistingDuplicatesWith400And1210() {
        documentCollection("items");
        insert("items", doc("email", "same"));
        insert("items", doc("email", "same"));

        assertDatabaseError(() -> gateway().ensureIndex("items", unique("email")), 400, 1210);
        assertThat(gateway().indexes("items")).hasSize(1);
    }

    @Test
    default void arrayIndexIndexesEveryElement() {
        documentCollection("items");
        gateway().ensureIndex("items", unique("tags[*]"));
        insert("items", doc("tags", List.of("x", "y")));
        insert("items", doc("tags", List.of("q", "q")));

        assertDatabaseError(() -> insert("items", doc("tags", List.of("y"))), 409, 1210);
        insert("items", doc("tags", List.of("z")));
        assertThat(gateway().count("items")).isEqualTo(3);
    }

    @Test
    default void dropsAnIndexByFullIdBareIdOrName() {
        documentCollection("items");
        IndexInfo byFullId = gateway().ensureIndex("items", IndexSpec.persistent(List.of("a")));
        IndexInfo byBareId = gateway().ensureIndex("items", IndexSpec.persistent(List.of("b")));
        IndexInfo byName = gateway().ensureIndex("items",
                new IndexSpec("persistent", List.of("c"), false, false, "byName", null));

        assertThat(byName.name()).isEqualTo("byName");
        assertThat(gateway().dropIndex("items", byFullId.id())).isEqualTo(byFullId.id());
        assertThat(gateway().dropIndex("items", byBareId.id().substring("items/".length()))).isEqualTo(byBareId.id());
        assertThat(gateway().dropIndex("items", "byName")).isEqualTo(byName.id());
        assertThat(gateway().indexes("items")).hasSize(1);
        assertDatabaseError(() -> gateway().dropIndex("items", byName.id()), 404, 1212);
    }

    @Test
    default void answers404And1212ForAnUnknownIndexAndForThePrimaryIndex() {
        documentCollection("items");

        assertThat(assertDatabaseError(() -> gateway().dropIndex("items", "items/999999999"), 404, 1212)
                .getMessage()).isEqualTo("index not found");
        assertDatabaseError(() -> gateway().dropIndex("items", "noSuchName"), 404, 1212);
        assertDatabaseError(() -> gateway().dropIndex("items", "items/0"), 404, 1212);
    }

    @Test
    default void refusesToDropTheEdgeIndexWith403() {
        edgeCollection("links");
        String edgeIndex = gateway().indexes("links").get(1).id();

        assertDatabaseError(() -> gateway().dropIndex("links", edgeIndex), 403, 11);
    }

    @Test
    default void storesAndListsATtlIndex() {
        documentCollection("sessions");
        IndexSpec ttl = new IndexSpec("ttl", List.of("createdAt"), false, false, null, Map.of("expireAfter", 3600));

        IndexInfo created = gateway().ensureIndex("sessions", ttl);

        assertThat(created.type()).isEqualTo("ttl");
        assertThat(created.sparse()).isTrue();
        assertThat(created.options()).containsEntry("expireAfter", 3600);
        assertThat(gateway().ensureIndex("sessions", ttl).newlyCreated()).isFalse();
        assertDatabaseError(() -> gateway().ensureIndex("sessions",
                new IndexSpec("ttl", List.of("other"), false, false, null, Map.of("expireAfter", 60))), 400, 10);
    }

    @Test
    default void storesAndListsGeoAndFulltextIndexes() {
        documentCollection("places");

        IndexInfo geo = gateway().ensureIndex("places",
                new IndexSpec("geo", List.of("location"), false, false, null, Map.of("geoJson", true)));
        IndexInfo fulltext = gateway().ensureIndex("places",
                new IndexSpec("fulltext", List.of("text"), false, false, null, Map.of("minLength", 3)));

        assertThat(geo.type()).isEqualTo("geo");
        assertThat(geo.options()).containsEntry("geoJson", true);
        assertThat(fulltext.type()).isEqualTo("fulltext");
        assertThat(gateway().indexes("places")).extracting(IndexInfo::type)
                .containsExactly("primary", "geo", "fulltext");
    }

    @Test
    default void refusesAnUnknownIndexTypeWith400And10() {
        documentCollection("items");

        assertDatabaseError(() -> gateway().ensureIndex("items",
                new IndexSpec("bogus", List.of("a"), false, false, null, null)), 400, 10);
    }

    @Test
    default void refusesAnIndexNameTakenByAnotherIndex() {
        documentCollection("items");
        gateway().ensureIndex("items", new IndexSpec("persistent", List.of("a"), false, false, "taken", null));

        assertDatabaseError(() -> gateway().ensureIndex("items",
                new IndexSpec("persistent", List.of("b"), false, false, "taken", null)), 400, 1005);
    }
}
