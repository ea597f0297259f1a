package io.arangomcp.adapters.memory.store;

import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.WriteOptions;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MemoryCollectionTest {

    private final MemoryDatabase database = new MemoryDatabase("db", new ServerClock(Clock.systemUTC()),
            new SchemaCompiler());

    private void write(Runnable work) {
        database.write(() -> {
            work.run();
            return null;
        });
    }

    @Test
    void scansInTheOrderDocumentsWereLastWrittenLikeRocksDb() {
        write(() -> {
            database.createCollection("items", CollectionSpec.of(CollectionType.DOCUMENT));
            for (String key : List.of("c", "a", "b")) {
                database.documents().insert("items", Map.of("_key", key), WriteOptions.defaults());
            }
            database.documents().update("items", "c", Map.of("n", 1), WriteOptions.defaults());
        });

        MemoryCollection items = database.collection("items");
        assertThat(items.documents()).extracting(d -> d.get("_key")).containsExactly("a", "b", "c");
        assertThat(items.documents(List.of("b", "a"))).extracting(d -> d.get("_key")).containsExactly("b", "a");
    }

    @Test
    void keepsTheEdgeIndexInStepWithWrites() {
        write(() -> {
            database.createCollection("links", CollectionSpec.of(CollectionType.EDGE));
            database.documents().insert("links", Map.of("_key", "e", "_from", "v/a", "_to", "v/b"),
                    WriteOptions.defaults());
            database.documents().update("links", "e", Map.of("_to", "v/c"), WriteOptions.defaults());
        });

        EdgeIndex edges = database.collection("links").indexes().edgeIndex().orElseThrow();
        assertThat(edges.inbound("v/b")).isEmpty();
        assertThat(edges.inbound("v/c")).containsExactly("e");

        write(() -> database.documents().remove("links", "e", WriteOptions.defaults()));
        assertThat(edges.outbound("v/a")).isEmpty();
    }

    @Test
    void reportsItselfAsCollectionInfo() {
        MemoryCollection created = database.write(() -> database.createCollection("items",
                new CollectionSpec(CollectionType.DOCUMENT, null, Map.of("rule", Map.of("type", "object")), null)));

        assertThat(created.info().id()).isEqualTo(Long.toString(created.id()));
        assertThat(created.info().schema()).containsEntry("level", "strict");
        assertThat(created.type()).isEqualTo(CollectionType.DOCUMENT);
        assertThat(created.keyGenerator().describe()).containsEntry("type", "traditional");
    }
}
