package io.arangomcp.adapters.memory.store;

import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.IndexSpec;
import io.arangomcp.ports.out.gateway.WriteOptions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CollectionRenameTest {

    private final MemoryDatabase database = new MemoryDatabase("shop", new ServerClock(Clock.systemUTC()),
            new SchemaCompiler());

    private MemoryCollection rename(String collection, String newName) {
        return database.write(() -> database.renameCollection(collection, newName));
    }

    private static void assertError(ThrowingCallable call, int status, int errorNum, String message) {
        assertThatThrownBy(call).isInstanceOf(DatabaseError.class)
                .hasFieldOrPropertyWithValue("httpStatus", status)
                .hasFieldOrPropertyWithValue("errorNum", errorNum)
                .hasMessage(message);
    }

    @Test
    void keepsDocumentsIndexesAndSchemaAndMovesTheIdsToTheNewName() {
        MemoryCollection items = database.write(() -> {
            MemoryCollection created = database.createCollection("items", CollectionSpec.of(CollectionType.DOCUMENT));
            database.documents().insert("items", Map.of("_key", "b", "n", 2), WriteOptions.defaults());
            database.documents().insert("items", Map.of("_key", "a", "n", 1), WriteOptions.defaults());
            database.ensureIndex("items", IndexSpec.persistent(List.of("n")));
            database.setSchema("items", Map.of("rule", Map.of("type", "object")));
            return created;
        });
        String revision = (String) items.document("a").orElseThrow().get("_rev");

        MemoryCollection renamed = rename("items", "goods");

        assertThat(renamed).isSameAs(items);
        assertThat(renamed.id()).isEqualTo(items.id());
        assertThat(database.findCollection("items")).isEmpty();
        assertThat(database.collection("goods").documents()).extracting(d -> d.get("_id"))
                .containsExactly("goods/b", "goods/a");
        assertThat(renamed.document("a").orElseThrow()).containsEntry("_rev", revision).containsEntry("n", 1);
        assertThat(renamed.schema()).isNotNull();
        PersistentIndex byN = renamed.indexes().persistent().get(0);
        assertThat(byN.equal(List.of(1L))).containsExactly("a");
        assertThat(renamed.indexes().describe()).allSatisfy(i -> assertThat(i.id()).startsWith("goods/"));
    }

    @Test
    void keepsTheCollectionsPlaceInTheListing() {
        database.write(() -> {
            database.createCollection("first", CollectionSpec.of(CollectionType.DOCUMENT));
            return database.createCollection("second", CollectionSpec.of(CollectionType.DOCUMENT));
        });

        rename("first", "renamed");

        List<String> names = database.collections().stream().map(MemoryCollection::name).toList();
        assertThat(names.subList(names.size() - 2, names.size())).containsExactly("renamed", "second");
    }

    @Test
    void leavesEdgeEndsAloneAndKeepsTheEdgeIndexWorking() {
        MemoryCollection edges = database.write(() -> {
            database.createCollection("v", CollectionSpec.of(CollectionType.DOCUMENT));
            MemoryCollection created = database.createCollection("e", CollectionSpec.of(CollectionType.EDGE));
            database.documents().insert("e", Map.of("_key", "x", "_from", "v/1", "_to", "v/2"),
                    WriteOptions.defaults());
            return created;
        });

        rename("v", "w");
        rename("e", "links");

        assertThat(edges.document("x").orElseThrow()).containsEntry("_id", "links/x")
                .containsEntry("_from", "v/1").containsEntry("_to", "v/2");
        assertThat(edges.indexes().edgeIndex().orElseThrow().outbound("v/1")).containsExactly("x");
    }

    @Test
    void newDocumentsAndRemovalsUseTheNewName() {
        database.write(() -> database.createCollection("items", CollectionSpec.of(CollectionType.DOCUMENT)));
        rename("items", "goods");

        database.write(() -> database.documents().insert("goods", Map.of("_key", "k"), WriteOptions.defaults()));

        assertThat(database.collection("goods").document("k").orElseThrow()).containsEntry("_id", "goods/k");
        database.write(() -> database.documents().remove("goods", "k", WriteOptions.defaults()));
        assertThat(database.collection("goods").count()).isZero();
    }

    @Test
    void answersTheServersErrors() {
        database.write(() -> {
            database.createCollection("items", CollectionSpec.of(CollectionType.DOCUMENT));
            return database.createCollection("taken", CollectionSpec.of(CollectionType.DOCUMENT));
        });

        assertError(() -> rename("missing", "x"), 404, 1203, "collection or view not found");
        assertError(() -> rename("_graphs", "_graphs2"), 403, 11, "forbidden");
        assertError(() -> rename("items", ""), 400, 10, "<name> must be non-empty");
        assertError(() -> rename("items", "_items"), 400, 1208,
                "a non-system collection shall not be renamed to a system collection name");
        assertError(() -> rename("items", "1items"), 400, 1208, "illegal name");
        assertError(() -> rename("items", "a/b"), 400, 1208, "illegal name");
        assertError(() -> rename("items", "cafe\u0301"), 400, 1208, "illegal name");
        assertError(() -> rename("items", "taken"), 409, 1207, "duplicate name");
        assertThat(database.findCollection("items")).isPresent();
    }

    @Test
    void renamingToTheSameNameChangesNothing() {
        MemoryCollection items = database.write(() -> database.createCollection("items",
                CollectionSpec.of(CollectionType.DOCUMENT)));

        assertThat(rename("items", "items")).isSameAs(items);
        assertThat(database.collection("items")).isSameAs(items);
    }

    @Test
    void refusesToRenameOutsideTheWriteLock() {
        database.write(() -> database.createCollection("items", CollectionSpec.of(CollectionType.DOCUMENT)));

        assertThatThrownBy(() -> database.renameCollection("items", "goods")).isInstanceOf(IllegalStateException.class);
    }
}
