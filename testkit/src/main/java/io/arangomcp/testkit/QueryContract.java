package io.arangomcp.testkit;

import io.arangomcp.ports.out.gateway.Capability;
import io.arangomcp.ports.out.gateway.QueryCursor;
import io.arangomcp.ports.out.gateway.QueryOptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.arangomcp.testkit.GatewayContractSupport.assertDatabaseError;
import static io.arangomcp.testkit.GatewayContractSupport.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Testkit: AQL through the gateway, as ArangoDB 3.12 answers it: bind parameters, batches, count and fullCount,
 * warnings, all-or-nothing modification queries, errors, explain, parse and profile.
 */
public interface QueryContract extends GatewayContractSupport {

    private void assumeHas(Capability capability) {
        assumeTrue(gateway().capabilities().contains(capability), "gateway lacks " + capability);
    }

    private List<Object> all(QueryCursor cursor) {
        List<Object> rows = new ArrayList<>();
        try (cursor) {
            List<Object> batch;
            while (!(batch = cursor.nextBatch()).isEmpty()) {
                rows.addAll(batch);
            }
        }
        return rows;
    }

    private List<Object> query(String aql, Map<String, Object> bindVars) {
        return all(gateway().query(aql, bindVars, QueryOptions.defaults()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stats(QueryCursor cursor) {
        return (Map<String, Object>) cursor.extra().get("stats");
    }

    @Test
    default void runsQueriesWithBindParametersInBatches() {
        assumeHas(Capability.AQL);
        documentCollection("items");
        for (int i = 0; i < 25; i++) {
            insert("items", doc("_key", "k" + i, "n", i));
        }
        try (QueryCursor cursor = gateway().query("FOR d IN @@c FILTER d.n >= @min SORT d.n RETURN d.n",
                doc("@c", "items", "min", 3), QueryOptions.defaults().withBatchSize(10).withCount(true))) {
            assertThat(cursor.count()).isEqualTo(22L);
            List<Object> first = cursor.nextBatch();
            assertThat(first).hasSize(10);
            assertThat(((Number) first.get(0)).intValue()).isEqualTo(3);
            assertThat(cursor.hasMore()).isTrue();
            assertThat(cursor.nextBatch()).hasSize(10);
            assertThat(cursor.nextBatch()).hasSize(2);
            assertThat(cursor.hasMore()).isFalse();
            assertThat(cursor.nextBatch()).isEmpty();
        }
    }

    @Test
    default void returnsAnyJsonValueAsARow() {
        assumeHas(Capability.AQL);
        List<Object> rows = query("FOR x IN [1, 'a', null, true, [2], {b: 3}] RETURN x", Map.of());
        assertThat(rows).hasSize(6);
        assertThat(((Number) rows.get(0)).intValue()).isEqualTo(1);
        assertThat(rows.get(1)).isEqualTo("a");
        assertThat(rows.get(2)).isNull();
        assertThat(rows.get(3)).isEqualTo(true);
        assertThat(rows.get(4)).asList().hasSize(1);
        assertThat(rows.get(5)).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKey("b");
    }

    @Test
    default void reportsFullCountAndWarnings() {
        assumeHas(Capability.AQL);
        try (QueryCursor cursor = gateway().query("FOR i IN 1..10 LIMIT 3 RETURN i", Map.of(),
                QueryOptions.defaults().withFullCount(true))) {
            assertThat(all(cursor)).hasSize(3);
            assertThat(((Number) stats(cursor).get("fullCount")).intValue()).isEqualTo(10);
        }
        try (QueryCursor cursor = gateway().query("RETURN 1 / 0", Map.of(), QueryOptions.defaults())) {
            assertThat(all(cursor)).containsExactly((Object) null);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> warnings = (List<Map<String, Object>>) cursor.extra().get("warnings");
            assertThat(warnings).extracting(w -> ((Number) w.get("code")).intValue()).containsExactly(1562);
        }
    }

    @Test
    default void failOnWarningTurnsTheWarningIntoAnError() {
        assumeHas(Capability.AQL);
        assertDatabaseError(() -> all(gateway().query("RETURN 1 / 0", Map.of(),
                QueryOptions.defaults().withFailOnWarning(true))), 400, 1562);
    }

    @Test
    default void modificationQueriesReportTheirWritesAndSeeNew() {
        assumeHas(Capability.AQL);
        documentCollection("items");
        try (QueryCursor cursor = gateway().query("FOR i IN 1..3 INSERT {_key: TO_STRING(i), i} INTO items "
                + "RETURN NEW._key", Map.of(), QueryOptions.defaults())) {
            assertThat(all(cursor)).containsExactly("1", "2", "3");
            assertThat(((Number) stats(cursor).get("writesExecuted")).intValue()).isEqualTo(3);
        }
        assertThat(gateway().count("items")).isEqualTo(3);
        assertThat(query("FOR d IN items UPDATE d WITH {done: true} IN items RETURN OLD.done", Map.of()))
                .containsOnlyNulls().hasSize(3);
        assertThat(gateway().document("items", "2")).containsEntry("done", true);
    }

    @Test
    default void aFailingModificationQueryWritesNothing() {
        assumeHas(Capability.AQL);
        documentCollection("items");
        assertDatabaseError(() -> query("FOR i IN [1, 2, 1] INSERT {_key: TO_STRING(i)} INTO items", Map.of()),
                409, 1210);
        assertThat(gateway().count("items")).isZero();
    }

    @Test
    default void answersQueryErrorsLikeArangoDb() {
        assumeHas(Capability.AQL);
        assertThat(assertDatabaseError(() -> query("FOR i IN 1..3 RETURN", Map.of()), 400, 1501).getMessage())
                .startsWith("syntax error, unexpected end of query string");
        assertThat(assertDatabaseError(() -> query("FOR d IN nowhere RETURN d", Map.of()), 404, 1203)
                .getMessage()).contains("nowhere");
        assertDatabaseError(() -> query("RETURN @missing", Map.of()), 400, 1551);
        assertDatabaseError(() -> query("RETURN 1", doc("unused", 1)), 400, 1552);
        assertDatabaseError(() -> query("RETURN NO_SUCH_FUNCTION()", Map.of()), 400, 1540);
        assertDatabaseError(() -> query("", Map.of()), 400, 1502);
    }

    @Test
    default void closingACursorEarlyIsFine() {
        assumeHas(Capability.AQL);
        QueryCursor cursor = gateway().query("FOR i IN 1..100000 RETURN i", Map.of(),
                QueryOptions.defaults().withBatchSize(100));
        assertThat(cursor.nextBatch()).hasSize(100);
        cursor.close();
        cursor.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    default void explainsPlansWithoutRunningThem() {
        assumeHas(Capability.EXPLAIN);
        documentCollection("items");
        Map<String, Object> read = gateway().explain("FOR d IN items FILTER d.n == 1 RETURN d", Map.of(), false, 1);
        Map<String, Object> plan = (Map<String, Object>) read.get("plan");
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) plan.get("nodes");
        assertThat(nodes).extracting(n -> n.get("type")).contains("SingletonNode", "ReturnNode");
        assertThat(plan.get("isModificationQuery")).isEqualTo(false);
        assertThat((List<Map<String, Object>>) plan.get("collections")).extracting(c -> c.get("name"))
                .containsExactly("items");
        Map<String, Object> write = gateway().explain("INSERT {} INTO items", Map.of(), false, 1);
        assertThat(((Map<String, Object>) write.get("plan")).get("isModificationQuery")).isEqualTo(true);
        assertThat(gateway().count("items")).isZero();
        assertThat(read).containsKeys("warnings", "stats");
    }

    @Test
    @SuppressWarnings("unchecked")
    default void parsesQueriesIntoCollectionsAndBindParameters() {
        assumeHas(Capability.EXPLAIN);
        Map<String, Object> parsed = gateway().parse("FOR d IN items FILTER d.n == @n RETURN d");
        assertThat(parsed.get("parsed")).isEqualTo(true);
        assertThat((List<Object>) parsed.get("collections")).containsExactly("items");
        assertThat((List<Object>) parsed.get("bindVars")).containsExactly("n");
        assertThat(parsed).containsKey("ast");
        assertDatabaseError(() -> gateway().parse("FOR"), 400, 1501);
    }

    @Test
    @SuppressWarnings("unchecked")
    default void profilesQueries() {
        assumeHas(Capability.PROFILE);
        try (QueryCursor cursor = gateway().query("FOR i IN 1..10 FILTER i > 5 RETURN i", Map.of(),
                QueryOptions.defaults().withProfile(2))) {
            assertThat(all(cursor)).hasSize(5);
            assertThat(cursor.extra()).containsKey("profile");
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) stats(cursor).get("nodes");
            assertThat(nodes).isNotEmpty().allSatisfy(n -> assertThat(n).containsKeys("id", "calls", "items"));
        }
    }
}
