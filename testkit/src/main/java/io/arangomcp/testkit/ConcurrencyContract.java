package io.arangomcp.testkit;

import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.IndexSpec;
import io.arangomcp.ports.out.gateway.WriteOptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static io.arangomcp.testkit.GatewayContractSupport.doc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Testkit: a smoke test of one gateway used by many threads at once: no write is lost, unique indexes hold
 * under contention, and revision checks make read-modify-write cycles safe.
 */
public interface ConcurrencyContract extends GatewayContractSupport {

    /** Threads used by each concurrency test. */
    int THREADS = 8;

    @Test
    default void keepsEveryConcurrentInsert() throws Exception {
        documentCollection("items");
        int perThread = 50;
        Set<String> keys = ConcurrentHashMap.newKeySet();

        Concurrently.run(THREADS, () -> {
            for (int i = 0; i < perThread; i++) {
                keys.add(insert("items", doc("n", i)).key());
            }
            return null;
        });

        assertThat(keys).hasSize(THREADS * perThread);
        assertThat(gateway().count("items")).isEqualTo(THREADS * perThread);
    }

    @Test
    default void letsExactlyOneOfManyEqualUniqueValuesIn() throws Exception {
        documentCollection("people");
        gateway().ensureIndex("people", new IndexSpec("persistent", List.of("email"), true, false, null, null));

        List<Integer> outcomes = Concurrently.run(THREADS, () -> {
            try {
                insert("people", doc("email", "same@example.com"));
                return 0;
            } catch (DatabaseError e) {
                return e.errorNum();
            }
        });

        assertThat(outcomes).containsOnlyOnce(0);
        assertThat(outcomes.stream().filter(o -> o != 0)).containsOnly(1210);
        assertThat(gateway().count("people")).isEqualTo(1);
    }

    @Test
    default void losesNoUpdateWhenWritersCheckRevisions() throws Exception {
        documentCollection("counters");
        insert("counters", doc("_key", "c", "value", 0));
        int perThread = 25;

        Concurrently.run(THREADS, () -> {
            for (int i = 0; i < perThread; i++) {
                while (!tryIncrement("counters", "c")) {
                    Thread.onSpinWait(); // another writer won this round; read again and retry
                }
            }
            return null;
        });

        assertThat(((Number) gateway().document("counters", "c").get("value")).intValue())
                .isEqualTo(THREADS * perThread);
    }

    /** One read-modify-write of a counter; {@code false} when another writer came first (412/1200). */
    private boolean tryIncrement(String collection, String key) {
        Map<String, Object> current = gateway().document(collection, key);
        int value = ((Number) current.get("value")).intValue();
        try {
            gateway().update(collection, key, doc("value", value + 1),
                    WriteOptions.defaults().withIfMatch((String) current.get("_rev")));
            return true;
        } catch (DatabaseError e) {
            if (e.errorNum() != 1200) {
                throw e;
            }
            return false;
        }
    }
}
