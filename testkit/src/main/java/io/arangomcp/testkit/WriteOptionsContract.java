package io.arangomcp.testkit;

import io.arangomcp.ports.out.gateway.OverwriteMode;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.arangomcp.testkit.GatewayContractSupport.assertDatabaseError;
import static io.arangomcp.testkit.GatewayContractSupport.doc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Testkit: the write options: update merging ({@code keepNull}, {@code mergeObjects}), {@code returnNew} and
 * {@code returnOld}, {@code ifMatch} revision checks and the insert {@code overwriteMode}s.
 */
public interface WriteOptionsContract extends GatewayContractSupport {

    @Test
    default void updateMergesNestedObjectsByDefault() {
        documentCollection("items");
        insert("items", doc("_key", "a", "n", 1, "nested", doc("x", 1, "y", 1)));

        gateway().update("items", "a", doc("m", 2, "nested", doc("y", 2, "z", 3)), WriteOptions.defaults());

        Map<String, Object> stored = gateway().document("items", "a");
        assertThat(stored).containsEntry("n", 1).containsEntry("m", 2);
        assertThat(stored.get("nested")).isEqualTo(doc("x", 1, "y", 2, "z", 3));
    }

    @Test
    default void updateWithoutMergeObjectsReplacesNestedObjects() {
        documentCollection("items");
        insert("items", doc("_key", "a", "nested", doc("x", 1)));

        gateway().update("items", "a", doc("nested", doc("y", 2)), WriteOptions.defaults().withMergeObjects(false));

        assertThat(gateway().document("items", "a").get("nested")).isEqualTo(doc("y", 2));
    }

    @Test
    default void updateKeepsNullValuesByDefault() {
        documentCollection("items");
        insert("items", doc("_key", "a", "n", 1));

        gateway().update("items", "a", doc("n", null), WriteOptions.defaults());

        assertThat(gateway().document("items", "a")).containsEntry("n", null);
    }

    @Test
    default void updateWithoutKeepNullRemovesAttributesSetToNull() {
        documentCollection("items");
        insert("items", doc("_key", "a", "n", 1, "keep", 2, "nested", doc("x", 1, "y", 2)));

        gateway().update("items", "a", doc("n", null, "absent", null, "nested", doc("x", null)),
                WriteOptions.defaults().withKeepNull(false));

        Map<String, Object> stored = gateway().document("items", "a");
        assertThat(stored).doesNotContainKeys("n", "absent").containsEntry("keep", 2);
        assertThat(stored.get("nested")).isEqualTo(doc("y", 2));
    }

    @Test
    default void returnsNewAndOldDocumentsWhenAsked() {
        documentCollection("items");
        WriteOptions both = WriteOptions.defaults().withReturnNew(true).withReturnOld(true);

        WriteResult inserted = gateway().insert("items", doc("_key", "a", "n", 1), both);
        WriteResult updated = gateway().update("items", "a", doc("n", 2), both);
        WriteResult replaced = gateway().replace("items", "a", doc("n", 3), both);
        WriteResult removed = gateway().remove("items", "a", both);

        assertThat(inserted.newDocument()).containsEntry("n", 1).containsEntry("_rev", inserted.rev());
        assertThat(inserted.oldDocument()).isNull();
        assertThat(updated.oldDocument()).containsEntry("n", 1);
        assertThat(updated.newDocument()).containsEntry("n", 2).containsEntry("_key", "a");
        assertThat(replaced.oldDocument()).containsEntry("n", 2);
        assertThat(replaced.newDocument()).containsEntry("n", 3);
        assertThat(removed.oldDocument()).containsEntry("n", 3);
        assertThat(removed.newDocument()).isNull();
    }

    @Test
    default void refusesAStaleRevisionWith412And1200() {
        documentCollection("items");
        String rev = insert("items", doc("_key", "a", "n", 1)).rev();
        WriteOptions stale = WriteOptions.defaults().withIfMatch("_stale_rev_");

        assertThat(assertDatabaseError(() -> gateway().update("items", "a", doc("n", 2), stale), 412, 1200)
                .getMessage()).isEqualTo("conflict, _rev values do not match");
        assertDatabaseError(() -> gateway().replace("items", "a", doc("n", 2), stale), 412, 1200);
        assertDatabaseError(() -> gateway().remove("items", "a", stale), 412, 1200);
        assertThat(gateway().document("items", "a")).containsEntry("n", 1).containsEntry("_rev", rev);
    }

    @Test
    default void writesWhenTheRevisionMatches() {
        documentCollection("items");
        String rev = insert("items", doc("_key", "a", "n", 1)).rev();

        String updated = gateway().update("items", "a", doc("n", 2), WriteOptions.defaults().withIfMatch(rev)).rev();
        gateway().remove("items", "a", WriteOptions.defaults().withIfMatch(updated));

        assertThat(gateway().count("items")).isZero();
    }

    @Test
    default void overwriteModeConflictIsTheDefault() {
        documentCollection("items");
        insert("items", doc("_key", "a"));

        assertDatabaseError(() -> gateway().insert("items", doc("_key", "a"),
                WriteOptions.defaults().withOverwriteMode(OverwriteMode.CONFLICT)), 409, 1210);
    }

    @Test
    default void overwriteModeIgnoreKeepsTheExistingDocument() {
        documentCollection("items");
        WriteResult first = insert("items", doc("_key", "a", "n", 1));

        WriteResult second = gateway().insert("items", doc("_key", "a", "n", 2),
                WriteOptions.defaults().withOverwriteMode(OverwriteMode.IGNORE));

        assertThat(second.key()).isEqualTo("a");
        assertThat(second.rev()).isEqualTo(first.rev());
        assertThat(gateway().document("items", "a")).containsEntry("n", 1);
    }

    @Test
    default void overwriteModeReplaceReplacesTheExistingDocument() {
        documentCollection("items");
        WriteResult first = insert("items", doc("_key", "a", "n", 1, "gone", true));

        WriteResult second = gateway().insert("items", doc("_key", "a", "n", 2),
                WriteOptions.defaults().withOverwriteMode(OverwriteMode.REPLACE).withReturnOld(true));

        assertThat(second.oldRev()).isEqualTo(first.rev());
        assertThat(second.oldDocument()).containsEntry("n", 1);
        assertThat(gateway().document("items", "a")).containsEntry("n", 2).doesNotContainKey("gone");
    }

    @Test
    default void overwriteModeUpdateMergesIntoTheExistingDocument() {
        documentCollection("items");
        insert("items", doc("_key", "a", "n", 1, "kept", true));

        WriteResult second = gateway().insert("items", doc("_key", "a", "n", 2),
                WriteOptions.defaults().withOverwriteMode(OverwriteMode.UPDATE).withReturnNew(true));

        assertThat(second.newDocument()).containsEntry("n", 2).containsEntry("kept", true);
        assertThat(gateway().document("items", "a")).containsEntry("n", 2).containsEntry("kept", true);
    }

    @Test
    default void overwriteModesInsertWhenTheKeyIsNew() {
        documentCollection("items");
        for (OverwriteMode mode : OverwriteMode.values()) {
            WriteResult written = gateway().insert("items", doc("_key", mode.wireName()),
                    WriteOptions.defaults().withOverwriteMode(mode));
            assertThat(written.oldRev()).isNull();
        }
        assertThat(gateway().count("items")).isEqualTo(4);
    }

    @Test
    default void acceptsWaitForSyncOnWrites() {
        documentCollection("items");

        WriteResult written = gateway().insert("items", doc("n", 1), WriteOptions.defaults().withWaitForSync(true));

        assertThat(gateway().document("items", written.key())).containsEntry("n", 1);
    }
}
