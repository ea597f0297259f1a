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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriteSessionTest {

    private final MemoryDatabase database = new MemoryDatabase("db", new ServerClock(Clock.systemUTC()),
            new SchemaCompiler());
    private final WriteOptions defaults = WriteOptions.defaults();

    private void setUp() {
        database.write(() -> {
            database.createCollection("items", CollectionSpec.of(CollectionType.DOCUMENT));
            database.createCollection("links", CollectionSpec.of(CollectionType.EDGE));
            database.ensureIndex("items", new IndexSpec("persistent", List.of("n"), true, false, null, null));
            for (String key : List.of("a", "b", "c")) {
                database.documents().insert("items", Map.of("_key", key, "n", key), defaults);
            }
            database.documents().insert("links", Map.of("_key", "e", "_from", "v/1", "_to", "v/2"), defaults);
            return null;
        });
    }

    @Test
    void undoesEveryWriteUnlessCommitted() {
        setUp();
        List<Map<String, Object>> before = database.read(() -> database.collection("items").documents());

        try (WriteSession session = database.beginWrite()) {
            database.documents().update("items", "a", Map.of("n", "z"), defaults);
            database.documents().remove("items", "b", defaults);
            database.documents().insert("items", Map.of("_key", "d", "n", "b"), defaults);
            database.documents().replace("links", "e", Map.of("_from", "v/3", "_to", "v/2"), defaults);
            assertThat(database.collection("items").document("d")).isPresent();
        }

        MemoryCollection items = database.read(() -> database.collection("items"));
        assertThat(items.documents()).isEqualTo(before);
        assertThat(items.indexes().persistent().get(0).equal(List.of("b"))).containsExactly("b");
        assertThat(items.indexes().persistent().get(0).equal(List.of("z"))).isEmpty();
        EdgeIndex edges = database.collection("links").indexes().edgeIndex().orElseThrow();
        assertThat(edges.outbound("v/1")).containsExactly("e");
        assertThat(edges.outbound("v/3")).isEmpty();
    }

    @Test
    void keepsCommittedWrites() {
        setUp();

        try (WriteSession session = database.beginWrite()) {
            database.documents().remove("items", "a", defaults);
            session.commit();
        }

        assertThat(database.read(() -> database.collection("items").count())).isEqualTo(2);
    }

    @Test
    void keepsOtherThreadsOutUntilClosed() throws Exception {
        setUp();
        CompletableFuture<Long> reader;
        try (WriteSession session = database.beginWrite()) {
            database.documents().remove("items", "a", defaults);
            reader = CompletableFuture.supplyAsync(() -> database.read(() -> database.collection("items").count()));
            Thread.sleep(50);
            assertThat(reader).isNotDone();
        }
        assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo(3);
    }

    @Test
    void doesNotNestAndClosesOnce() {
        setUp();
        WriteSession session = database.beginWrite();

        assertThatThrownBy(database::beginWrite).isInstanceOf(IllegalStateException.class);
        session.close();
        session.close();
        assertThat(database.read(() -> database.collection("items").count())).isEqualTo(3);
        assertThatThrownBy(() -> database.read(database::beginWrite)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void failedWritesInsideASessionLeaveNothingToUndo() {
        setUp();

        try (WriteSession session = database.beginWrite()) {
            assertThatThrownBy(() -> database.documents().insert("items", Map.of("n", "a"), defaults))
                    .isInstanceOf(DatabaseError.class);
            database.documents().insert("items", Map.of("_key", "x", "n", "x"), defaults);
        }

        assertThat(database.read(() -> database.collection("items").document("x"))).isEmpty();
    }
}
