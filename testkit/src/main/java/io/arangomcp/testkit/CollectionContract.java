package io.arangomcp.testkit;

import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.IndexSpec;
import io.arangomcp.ports.out.gateway.WriteOptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.arangomcp.testkit.GatewayContractSupport.assertDatabaseError;
import static io.arangomcp.testkit.GatewayContractSupport.doc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Testkit: collections: creation, listing, naming rules, count, truncate and drop, as ArangoDB 3.12 answers them.
 */
public interface CollectionContract extends GatewayContractSupport {

    @Test
    default void createsADocumentCollectionAndReportsIt() {
        CollectionInfo created = documentCollection("items");

        assertThat(created.name()).isEqualTo("items");
        assertThat(created.type()).isEqualTo(CollectionType.DOCUMENT);
        assertThat(created.system()).isFalse();
        assertThat(created.waitForSync()).isFalse();
        assertThat(created.schema()).isNull();
        assertThat(created.id()).matches("[0-9]+");
        assertThat(gateway().collection("items")).isEqualTo(created);
        assertThat(gateway().collections()).contains(created);
    }

    @Test
    default void createsAnEdgeCollection() {
        assertThat(edgeCollection("links").type()).isEqualTo(CollectionType.EDGE);
        assertThat(gateway().collection("links").type()).isEqualTo(CollectionType.EDGE);
    }

    @Test
    default void keepsWaitForSyncOfACollection() {
        CollectionInfo created = gateway().createCollection("synced",
                new CollectionSpec(CollectionType.DOCUMENT, true, null, null));

        assertThat(created.waitForSync()).isTrue();
        assertThat(gateway().collection("synced").waitForSync()).isTrue();
    }

    @Test
    default void treatsNamesStartingWithAnUnderscoreAsSystemCollections() {
        CollectionInfo created = documentCollection("_mine");

        assertThat(created.system()).isTrue();
        assertThat(gateway().collections()).contains(created);
    }

    @Test
    default void refusesADuplicateNameWith409And1207() {
        documentCollection("items");

        assertThat(assertDatabaseError(() -> edgeCollection("items"), 409, 1207).getMessage())
                .isEqualTo("duplicate name");
    }

    @Test
    default void refusesIllegalNamesWith400And1208() {
        String tooLong = "c".repeat(257);
        for (String name : List.of("", "1abc", "a/b", " lead", "trail ", ".dot", "tab\tname", tooLong)) {
            assertDatabaseError(() -> documentCollection(name), 400, 1208);
        }
    }

    @Test
    default void acceptsExtendedNamesUpTo256Bytes() {
        for (String name : List.of("a-b_c", "Straße", "名前", "with space", "c".repeat(256))) {
            assertThat(documentCollection(name).name()).isEqualTo(name);
        }
    }

    @Test
    default void answers404And1203ForAnUnknownCollection() {
        assertThat(assertDatabaseError(() -> gateway().collection("nope"), 404, 1203).getMessage())
                .startsWith("collection or view not found");
        assertDatabaseError(() -> gateway().dropCollection("nope"), 404, 1203);
        assertDatabaseError(() -> gateway().truncateCollection("nope"), 404, 1203);
        assertDatabaseError(() -> gateway().count("nope"), 404, 1203);
        assertDatabaseError(() -> gateway().indexes("nope"), 404, 1203);
        assertDatabaseError(() -> gateway().ensureIndex("nope", IndexSpec.persistent(List.of("a"))), 404, 1203);
        assertDatabaseError(() -> gateway().dropIndex("nope", "nope/1"), 404, 1203);
    }

    @Test
    default void answers404And1203NamingTheCollectionForDocumentOperations() {
        WriteOptions defaults = WriteOptions.defaults();
        String expected = "collection or view not found: nope";
        assertThat(assertDatabaseError(() -> gateway().document("nope", "k"), 404, 1203).getMessage())
                .isEqualTo(expected);
        assertThat(assertDatabaseError(() -> gateway().insert("nope", doc(), defaults), 404, 1203).getMessage())
                .isEqualTo(expected);
        assertDatabaseError(() -> gateway().update("nope", "k", doc(), defaults), 404, 1203);
        assertDatabaseError(() -> gateway().replace("nope", "k", doc(), defaults), 404, 1203);
        assertDatabaseError(() -> gateway().remove("nope", "k", defaults), 404, 1203);
        assertDatabaseError(() -> gateway().insertAll("nope", List.of(doc()), defaults), 404, 1203);
        assertDatabaseError(() -> gateway().updateAll("nope", List.of(doc()), defaults), 404, 1203);
        assertDatabaseError(() -> gateway().replaceAll("nope", List.of(doc()), defaults), 404, 1203);
        assertDatabaseError(() -> gateway().removeAll("nope", List.of("k"), defaults), 404, 1203);
    }

    @Test
    default void countsDocuments() {
        documentCollection("items");
        assertThat(gateway().count("items")).isZero();

        insert("items", doc("n", 1));
        insert("items", doc("n", 2));

        assertThat(gateway().count("items")).isEqualTo(2);
    }

    @Test
    default void truncateRemovesDocumentsButKeepsIndexes() {
        documentCollection("items");
        gateway().ensureIndex("items", IndexSpec.persistent(List.of("n")));
        insert("items", doc("_key", "a", "n", 1));

        gateway().truncateCollection("items");

        assertThat(gateway().count("items")).isZero();
        assertDatabaseError(() -> gateway().document("items", "a"), 404, 1202);
        assertThat(gateway().indexes("items")).hasSize(2);
        insert("items", doc("_key", "a", "n", 1));
        assertThat(gateway().count("items")).isEqualTo(1);
    }

    @Test
    default void dropRemovesTheCollectionWithItsDocumentsAndIndexes() {
        documentCollection("items");
        gateway().ensureIndex("items", IndexSpec.persistent(List.of("n")));
        insert("items", doc("n", 1));

        gateway().dropCollection("items");

        assertDatabaseError(() -> gateway().collection("items"), 404, 1203);
        assertThat(gateway().collections()).extracting(CollectionInfo::name).doesNotContain("items");
        documentCollection("items");
        assertThat(gateway().count("items")).isZero();
        assertThat(gateway().indexes("items")).hasSize(1);
    }

    @Test
    default void listsSystemCollectionsWithTheirFlag() {
        documentCollection("items");

        Map<Boolean, List<CollectionInfo>> bySystem = gateway().collections().stream()
                .collect(Collectors.partitioningBy(CollectionInfo::system));

        assertThat(bySystem.get(false)).extracting(CollectionInfo::name).containsExactly("items");
        assertThat(bySystem.get(true)).allSatisfy(c -> assertThat(c.name()).startsWith("_"));
    }
}
