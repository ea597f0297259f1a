package io.arangomcp.adapters.memory.store;

import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.IndexSpec;
import io.arangomcp.ports.out.gateway.WriteOptions;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemoryDatabaseTest {

    private final ServerClock clock = new ServerClock(Clock.systemUTC());
    private final MemoryDatabase database = new MemoryDatabase("shop", clock, new SchemaCompiler());

    @Test
    void startsWithTheSystemCollectionsOfAFreshDatabase() {
        assertThat(database.name()).isEqualTo("shop");
        assertThat(database.clock()).isSameAs(clock);
        assertThat(database.read(database::collections)).extracting(MemoryCollection::name)
                .containsExactlyElementsOf(MemoryDatabase.SYSTEM_COLLECTIONS);
        MemoryDatabase system = new MemoryDatabase("_system", clock, new SchemaCompiler());
        assertThat(system.collections()).extracting(MemoryCollection::name).contains("_users", "_graphs");
        assertThat(system.collection("_users").info().system()).isTrue();
    }

    @Test
    void refusesWritesOutsideTheWriteLock() {
        CollectionSpec spec = CollectionSpec.of(CollectionType.DOCUMENT);

        assertThatThrownBy(() -> database.createCollection("items", spec)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> database.read(() -> database.createCollection("items", spec)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> database.documents().insert("_graphs", Map.of(), WriteOptions.defaults()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void createsFindsAndDropsCollections() {
        MemoryCollection created = database.write(() -> database.createCollection("items",
                new CollectionSpec(CollectionType.EDGE, true, null, Map.of("type", "uuid"))));

        assertThat(created.isEdgeCollection()).isTrue();
        assertThat(created.waitForSync()).isTrue();
        assertThat(created.keyOptions()).containsEntry("type", "uuid");
        assertThat(database.findCollection("items")).containsSame(created);
        database.write(() -> {
            database.dropCollection("items");
            return null;
        });
        assertThat(database.findCollection("items")).isEmpty();
        assertThatThrownBy(() -> database.write(() -> {
            database.dropCollection("items");
            return null;
        })).isInstanceOf(DatabaseError.class).hasFieldOrPropertyWithValue("errorNum", 1203);
    }

    @Test
    void findsCollectionsByNumericIdToo() {
        MemoryCollection created = database.write(() -> database.createCollection("items",
                CollectionSpec.of(CollectionType.DOCUMENT)));

        assertThat(database.findCollection(Long.toString(created.id()))).containsSame(created);
        assertThat(database.findCollection("999999999")).isEmpty();
        assertThat(database.findCollection("")).isEmpty();
        database.write(() -> {
            database.dropCollection(Long.toString(created.id()));
            return null;
        });
        assertThat(database.findCollection("items")).isEmpty();
    }

    @Test
    void refusesNamesThatAreNotNormalized() {
        assertThatThrownBy(() -> database.write(() -> database.createCollection("cafe\u0301",
                CollectionSpec.of(CollectionType.DOCUMENT)))).isInstanceOf(DatabaseError.class)
                .hasFieldOrPropertyWithValue("errorNum", 1208);
    }

    @Test
    void wordsMissingCollectionsPerApi() {
        assertThatThrownBy(() -> database.collection("x")).hasMessage("collection or view not found");
        assertThatThrownBy(() -> database.collectionForDocuments("x")).hasMessage("collection or view not found: x");
    }

    @Test
    void managesSchemasIndexesAndTruncation() {
        database.write(() -> {
            database.createCollection("items", CollectionSpec.of(CollectionType.DOCUMENT));
            database.documents().insert("items", Map.of("n", 1), WriteOptions.defaults());
            database.ensureIndex("items", IndexSpec.persistent(List.of("n")));
            database.setSchema("items", Map.of("rule", Map.of("type", "object")));
            database.truncate("items");
            return null;
        });

        MemoryCollection items = database.collection("items");
        assertThat(items.count()).isZero();
        assertThat(items.schema()).isNotNull();
        assertThat(items.indexes().persistent()).hasSize(1);
        String dropped = database.write(() -> database.dropIndex("items",
                items.indexes().persistent().get(0).name()));
        assertThat(dropped).startsWith("items/");
    }

    @Test
    void changesTheWaitForSyncDefaultOfACollection() {
        MemoryDatabase db = new MemoryDatabase("db", new ServerClock(Clock.systemUTC()), new SchemaCompiler());
        db.write(() -> db.createCollection("items", CollectionSpec.of(CollectionType.DOCUMENT)));

        db.write(() -> db.setWaitForSync("items", true));

        assertThat(db.read(() -> db.collection("items").info().waitForSync())).isTrue();
    }
}
