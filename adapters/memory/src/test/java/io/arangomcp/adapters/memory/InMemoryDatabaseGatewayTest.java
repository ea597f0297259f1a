package io.arangomcp.adapters.memory;

import io.arangomcp.adapters.memory.store.MemoryDatabase;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.BulkItemResult;
import io.arangomcp.ports.out.gateway.Capability;
import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;
import io.arangomcp.ports.out.gateway.IndexSpec;
import io.arangomcp.ports.out.gateway.QueryOptions;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.testkit.Concurrently;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the in-memory gateway does beyond the shared contract. */
class InMemoryDatabaseGatewayTest {

    private final InMemoryServer server = new InMemoryServer();
    private final DatabaseGateway gateway = new InMemoryServerClient(server).database("shop");

    @Test
    void offersAqlNamedGraphsAndSchemaValidation() {
        assertThat(gateway.capabilities()).containsExactlyInAnyOrder(Capability.AQL, Capability.EXPLAIN,
                Capability.PROFILE, Capability.NAMED_GRAPHS, Capability.SCHEMA_VALIDATION);
        assertThat(gateway.version()).isEqualTo(InMemoryServer.VERSION);
    }

    @Test
    void runsAqlOnItsOwnDatabaseOnly() {
        gateway.createCollection("items", io.arangomcp.ports.out.gateway.CollectionSpec.of(
                io.arangomcp.ports.out.gateway.CollectionType.DOCUMENT));
        DatabaseGateway other = new InMemoryServerClient(server).database("other");
        try (var cursor = gateway.query("RETURN CURRENT_DATABASE()", Map.of(), QueryOptions.defaults())) {
            assertThat(cursor.nextBatch()).containsExactly("shop");
        }
        assertThatThrownBy(() -> other.query("FOR d IN items RETURN d", Map.of(), QueryOptions.defaults()))
                .isInstanceOf(io.arangomcp.domain.error.DatabaseError.class).hasMessageContaining("items");
        assertThat(gateway.parse("RETURN 1")).containsEntry("parsed", true);
        server.dropDatabase("shop");
        assertThatThrownBy(() -> gateway.parse("RETURN 1")).hasMessageContaining("database not found");
    }

    @Test
    void answers404And1228OnceItsDatabaseIsDropped() {
        server.dropDatabase("shop");

        assertThatThrownBy(gateway::collections).isInstanceOf(DatabaseError.class)
                .hasFieldOrPropertyWithValue("httpStatus", 404).hasFieldOrPropertyWithValue("errorNum", 1228);
        server.createDatabase("shop");
        assertThat(gateway.collections()).isNotEmpty();
    }

    @Test
    void listsTheSystemCollectionsOfAFreshDatabase() {
        assertThat(gateway.collections()).extracting(CollectionInfo::name).contains("_graphs", "_analyzers")
                .allMatch(name -> name.startsWith("_"));
    }

    @Test
    void treatsMissingWriteOptionsAsDefaults() {
        gateway.createCollection("items", CollectionSpec.of(CollectionType.DOCUMENT));

        String key = gateway.insert("items", Map.of("n", 1), null).key();
        gateway.update("items", key, Map.of("n", 2), null);
        gateway.replace("items", key, Map.of("n", 3), null);
        assertThat(gateway.insertAll("items", List.of(Map.of()), null)).hasSize(1);
        gateway.remove("items", key, null);

        assertThat(gateway.count("items")).isEqualTo(1);
    }

    @Test
    void reportsBadBulkItemsOneByOne() {
        gateway.createCollection("items", CollectionSpec.of(CollectionType.DOCUMENT));

        List<BulkItemResult> inserted = gateway.insertAll("items", Arrays.asList(Map.of(), null),
                WriteOptions.defaults());
        List<BulkItemResult> updated = gateway.updateAll("items", Arrays.asList(Map.of("_key", 5), null),
                WriteOptions.defaults());
        List<BulkItemResult> removed = gateway.removeAll("items", Arrays.asList((String) null),
                WriteOptions.defaults());

        assertThat(inserted.get(1).error().errorNum()).isEqualTo(1227);
        assertThat(updated).extracting(r -> r.error().errorNum()).containsExactly(1221, 1227);
        assertThat(removed.get(0).error().errorNum()).isEqualTo(1205);
    }

    private List<Object> rows(String query) {
        try (var cursor = gateway.query(query, Map.of(), QueryOptions.defaults())) {
            return cursor.nextBatch();
        }
    }

    @Test
    void aSortAnsweredByThePersistentIndexKeepsAqlOrder() {
        gateway.createCollection("items", CollectionSpec.of(CollectionType.DOCUMENT));
        gateway.ensureIndex("items", IndexSpec.persistent(List.of("v")));
        gateway.insertAll("items", List.of(Map.of("v", "b"), Map.of("v", 2), Map.of(), Map.of("v", true),
                Map.of("v", List.of(1)), Map.of("v", 1.5), Map.of("v", Map.of("a", 1)), Map.of("v", "a")),
                WriteOptions.defaults());

        List<Object> byScan = rows("FOR i IN items OPTIONS { disableIndex: true } SORT i.v RETURN i.v");

        assertThat(gateway.explain("FOR i IN items SORT i.v RETURN i.v", Map.of(), false, 1).toString())
                .contains("IndexNode").doesNotContain("SortNode");
        assertThat(rows("FOR i IN items SORT i.v RETURN i.v")).isEqualTo(byScan);
        List<Object> descending = new ArrayList<>(byScan);
        Collections.reverse(descending);
        assertThat(rows("FOR i IN items SORT i.v DESC RETURN i.v")).isEqualTo(descending);
    }

    @Test
    void queriesReadARenamedCollectionUnderItsNewName() {
        gateway.createCollection("items", CollectionSpec.of(CollectionType.DOCUMENT));
        gateway.ensureIndex("items", IndexSpec.persistent(List.of("n")));
        gateway.insert("items", Map.of("_key", "k", "n", 1), null);
        MemoryDatabase db = server.database("shop");

        db.write(() -> db.renameCollection("items", "goods"));

        assertThat(rows("FOR g IN goods FILTER g.n == 1 RETURN g._id")).containsExactly("goods/k");
        assertThatThrownBy(() -> rows("FOR i IN items RETURN i")).isInstanceOf(DatabaseError.class)
                .hasFieldOrPropertyWithValue("errorNum", 1203);
    }

    @Test
    void keepsNamedGraphsInTheGraphsSystemCollection() {
        gateway.createGraph(new GraphInfo("g", List.of(new EdgeDefinition("e", List.of("v"), List.of("v"))),
                List.of()));

        Map<String, Object> stored = gateway.document("_graphs", "g");

        assertThat(stored).containsEntry("_id", "_graphs/g").containsKey("_rev").containsKey("edgeDefinitions");
    }

    @Test
    void recreatesTheGraphsCollectionWhenItWasDropped() {
        gateway.dropCollection("_graphs");
        assertThat(gateway.graphs()).isEmpty();

        gateway.createGraph(new GraphInfo("g", List.of(), List.of("v")));

        assertThat(gateway.graph("g").orphanCollections()).containsExactly("v");
    }

    @Test
    void concurrentMergesIntoOneDocumentLoseNoAttribute() throws Exception {
        gateway.createCollection("items", CollectionSpec.of(CollectionType.DOCUMENT));
        gateway.insert("items", Map.of("_key", "shared"), null);
        AtomicInteger threadIds = new AtomicInteger();

        Concurrently.run(8, () -> {
            String attribute = "t" + threadIds.getAndIncrement();
            for (int i = 1; i <= 100; i++) {
                gateway.update("items", "shared", Map.of(attribute, i), null);
            }
            return null;
        });

        Map<String, Object> merged = gateway.document("items", "shared");
        for (int t = 0; t < 8; t++) {
            assertThat(merged).containsEntry("t" + t, 100);
        }
    }

    @Test
    void readersNeverSeeHalfABulkWrite() throws Exception {
        gateway.createCollection("items", CollectionSpec.of(CollectionType.DOCUMENT));
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            batch.add(Map.of("n", i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    gateway.insertAll("items", batch, WriteOptions.defaults());
                }
            });
            List<Future<Boolean>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> {
                    boolean whole = true;
                    while (!writer.isDone()) {
                        whole &= gateway.count("items") % 20 == 0;
                    }
                    return whole;
                }));
            }
            writer.get(60, TimeUnit.SECONDS);
            for (Future<Boolean> reader : readers) {
                assertThat(reader.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(gateway.count("items")).isEqualTo(1000);
    }
}
