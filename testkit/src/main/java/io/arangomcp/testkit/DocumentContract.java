package io.arangomcp.testkit;

import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.arangomcp.testkit.GatewayContractSupport.assertDatabaseError;
import static io.arangomcp.testkit.GatewayContractSupport.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Testkit: single-document reads and writes: keys, ids and revisions, key rules, edges, update merging,
 * replace and remove, as ArangoDB 3.12 answers them.
 */
public interface DocumentContract extends GatewayContractSupport {

    @Test
    default void insertGeneratesKeyIdAndRevision() {
        documentCollection("items");

        WriteResult written = insert("items", doc("name", "Ada"));

        assertThat(written.key()).isNotEmpty();
        assertThat(written.id()).isEqualTo("items/" + written.key());
        assertThat(written.rev()).isNotEmpty();
        assertThat(written.oldRev()).isNull();
        assertThat(written.newDocument()).isNull();
        assertThat(written.oldDocument()).isNull();
        assertThat(gateway().document("items", written.key())).containsOnly(entry("_key", written.key()),
                entry("_id", written.id()), entry("_rev", written.rev()), entry("name", "Ada"));
    }

    @Test
    default void insertKeepsAUserKey() {
        documentCollection("items");

        WriteResult written = insert("items", doc("_key", "ada", "name", "Ada"));

        assertThat(written.key()).isEqualTo("ada");
        assertThat(written.id()).isEqualTo("items/ada");
        assertThat(gateway().document("items", "ada")).containsEntry("name", "Ada");
    }

    @Test
    default void generatesNumericKeysThatGrow() {
        documentCollection("items");

        long first = Long.parseLong(insert("items", doc()).key());
        long second = Long.parseLong(insert("items", doc()).key());
        long third = Long.parseLong(insert("items", doc()).key());

        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
    }

    @Test
    default void givesEveryWriteANewRevision() {
        documentCollection("items");
        Set<String> revisions = new HashSet<>();

        WriteResult inserted = insert("items", doc("_key", "a", "n", 1));
        revisions.add(inserted.rev());
        revisions.add(insert("items", doc("_key", "b", "n", 1)).rev());
        WriteResult updated = gateway().update("items", "a", doc("n", 2), WriteOptions.defaults());
        revisions.add(updated.rev());
        WriteResult replaced = gateway().replace("items", "a", doc("n", 3), WriteOptions.defaults());
        revisions.add(replaced.rev());

        assertThat(revisions).hasSize(4);
        assertThat(updated.oldRev()).isEqualTo(inserted.rev());
        assertThat(replaced.oldRev()).isEqualTo(updated.rev());
        assertThat(gateway().document("items", "a")).containsEntry("_rev", replaced.rev());
    }

    @Test
    default void ignoresIdAndRevisionGivenOnInsert() {
        documentCollection("items");

        WriteResult written = insert("items", doc("_key", "a", "_id", "other/b", "_rev", "mine"));

        assertThat(gateway().document("items", "a")).containsEntry("_id", "items/a")
                .containsEntry("_rev", written.rev());
        assertThat(written.rev()).isNotEqualTo("mine");
    }

    @Test
    default void storesACopyOfTheInput() {
        documentCollection("items");
        Map<String, Object> input = doc("_key", "a", "list", new ArrayList<>(List.of(1)));

        insert("items", input);
        input.put("extra", true);

        assertThat(gateway().document("items", "a")).doesNotContainKey("extra").containsEntry("list", List.of(1));
    }

    @Test
    default void answers404And1202ForAnUnknownDocument() {
        documentCollection("items");
        WriteOptions defaults = WriteOptions.defaults();

        assertThat(assertDatabaseError(() -> gateway().document("items", "nope"), 404, 1202).getMessage())
                .isEqualTo("document not found");
        assertDatabaseError(() -> gateway().update("items", "nope", doc(), defaults), 404, 1202);
        assertDatabaseError(() -> gateway().replace("items", "nope", doc(), defaults), 404, 1202);
        assertDatabaseError(() -> gateway().remove("items", "nope", defaults), 404, 1202);
    }

    @Test
    default void refusesIllegalKeysWith400And1221() {
        documentCollection("items");
        for (Object key : List.of("has space", "a/b", "", "k".repeat(255), "ü", "a#b", 123)) {
            assertThat(assertDatabaseError(() -> insert("items", doc("_key", key)), 400, 1221).getMessage())
                    .isEqualTo("illegal document key");
        }
    }

    @Test
    default void acceptsEveryKeyCharacterArangoDbAllows() {
        documentCollection("items");
        for (String key : List.of("aZ09_-:.@()+,=;$!*'%", "k".repeat(254))) {
            assertThat(insert("items", doc("_key", key)).key()).isEqualTo(key);
        }
    }

    @Test
    default void refusesAnExistingKeyWith409And1210() {
        documentCollection("items");
        insert("items", doc("_key", "a"));

        assertThat(assertDatabaseError(() -> insert("items", doc("_key", "a")), 409, 1210).getMessage())
                .startsWith("unique constraint violated");
    }

    @Test
    default void storesEdgesWithFromAndTo() {
        edgeCollection("links");

        WriteResult written = insert("links", doc("_from", "people/a", "_to", "people/b", "since", 2020));

        assertThat(gateway().document("links", written.key())).containsEntry("_from", "people/a")
                .containsEntry("_to", "people/b").containsEntry("since", 2020);
    }

    @Test
    default void refusesEdgesWithoutValidFromAndToWith400And1233() {
        edgeCollection("links");
        for (Map<String, Object> edge : List.of(doc("_to", "people/b"), doc("_from", "people/a"),
                doc("_from", "nocollection", "_to", "people/b"), doc("_from", "people/a", "_to", "people/"),
                doc("_from", 1, "_to", "people/b"), doc("_from", "people/a", "_to", "people/bad key"))) {
            assertDatabaseError(() -> insert("links", edge), 400, 1233);
        }
        assertThat(gateway().count("links")).isZero();
    }

    @Test
    default void treatsFromAndToAsPlainAttributesInDocumentCollections() {
        documentCollection("items");

        WriteResult written = insert("items", doc("_from", 1, "_to", "anything"));

        assertThat(gateway().document("items", written.key())).containsEntry("_from", 1);
    }

    @Test
    default void removeDeletesTheDocumentAndReportsItsRevision() {
        documentCollection("items");
        WriteResult inserted = insert("items", doc("_key", "a"));

        WriteResult removed = gateway().remove("items", "a", WriteOptions.defaults());

        assertThat(removed.id()).isEqualTo("items/a");
        assertThat(removed.rev()).isEqualTo(inserted.rev());
        assertDatabaseError(() -> gateway().document("items", "a"), 404, 1202);
        assertThat(gateway().count("items")).isZero();
    }

    @Test
    default void replaceKeepsKeyAndDropsOldAttributes() {
        documentCollection("items");
        insert("items", doc("_key", "a", "old", 1));

        WriteResult replaced = gateway().replace("items", "a", doc("_key", "ignored", "new", 2),
                WriteOptions.defaults());

        assertThat(replaced.key()).isEqualTo("a");
        assertThat(gateway().document("items", "a")).doesNotContainKey("old").containsEntry("new", 2)
                .containsEntry("_key", "a");
    }

    @Test
    default void replaceOfAnEdgeNeedsFromAndTo() {
        edgeCollection("links");
        insert("links", doc("_key", "e", "_from", "p/a", "_to", "p/b"));

        assertDatabaseError(() -> gateway().replace("links", "e", doc("x", 1), WriteOptions.defaults()), 400, 1233);
        gateway().replace("links", "e", doc("_from", "p/c", "_to", "p/d"), WriteOptions.defaults());

        assertThat(gateway().document("links", "e")).containsEntry("_from", "p/c").containsEntry("_to", "p/d");
    }

    @Test
    default void updateOfAnEdgeMayMoveItsEnds() {
        edgeCollection("links");
        insert("links", doc("_key", "e", "_from", "p/a", "_to", "p/b"));

        gateway().update("links", "e", doc("_to", "p/c"), WriteOptions.defaults());

        assertThat(gateway().document("links", "e")).containsEntry("_from", "p/a").containsEntry("_to", "p/c");
        assertDatabaseError(() -> gateway().update("links", "e", doc("_to", "bad"), WriteOptions.defaults()),
                400, 1233);
    }
}
