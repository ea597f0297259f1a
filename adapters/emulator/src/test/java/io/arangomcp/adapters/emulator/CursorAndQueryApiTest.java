package io.arangomcp.adapters.emulator;

import io.arangomcp.adapters.emulator.http.ApiResponse;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.QueryOptions;
import io.arangomcp.testkit.tools.ScriptedQueryCursor;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.arangomcp.adapters.emulator.Emulated.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Cursors, explain and parse over a gateway whose AQL answers are scripted (the memory backend may lack AQL). */
class CursorAndQueryApiTest {
    private final List<Object[]> queries = new CopyOnWriteArrayList<>();
    private final List<ScriptedQueryCursor> cursors = new CopyOnWriteArrayList<>();
    private final Emulated emulated = new Emulated(this::scripted);

    private DatabaseGateway scripted(DatabaseGateway real) {
        return (DatabaseGateway) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DatabaseGateway.class},
                (self, method, args) -> {
                    switch (method.getName()) {
                        case "query":
                            queries.add(args);
                            ScriptedQueryCursor cursor = "one".equals(args[0]) ? ScriptedQueryCursor.of(List.of(1, 2))
                                    : ScriptedQueryCursor.of(List.of(1, 2), List.of(3, 4), List.of(5));
                            cursors.add(cursor);
                            return cursor;
                        case "explain":
                            return Map.of("plan", Map.of("nodes", List.of()), "allPlans", args[2], "max", args[3]);
                        case "parse":
                            return Map.of("parsed", true, "ast", List.of());
                        default:
                            try {
                                return method.invoke(real, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    @Test
    void readsACursorBatchByBatchUntilItIsGone() {
        ApiResponse first = emulated.call("POST", "/_api/cursor", Map.of("query", "FOR x IN 1..5 RETURN x",
                "batchSize", 2, "count", true, "ttl", 60, "memoryLimit", 1000,
                "bindVars", Map.of("a", 1), "options", Map.of("fullCount", true, "maxRuntime", 2.5,
                        "failOnWarning", true, "maxWarningCount", 3, "profile", 2)));

        assertThat(first.status()).isEqualTo(201);
        Map<String, Object> body = json(first);
        assertThat(body).containsEntry("result", List.of(1, 2)).containsEntry("hasMore", true)
                .containsEntry("nextBatchId", "2").containsEntry("cached", false).containsKeys("id", "extra");
        QueryOptions options = (QueryOptions) queries.get(0)[2];
        assertThat(options.batchSize()).isEqualTo(2);
        assertThat(options.fullCount()).isTrue();
        assertThat(options.maxRuntime()).isEqualTo(2.5);
        assertThat(options.memoryLimit()).isEqualTo(1000L);
        assertThat(options.failOnWarning()).isTrue();
        assertThat(options.maxWarningCount()).isEqualTo(3);
        assertThat(options.profile()).isEqualTo(2);
        String id = (String) body.get("id");

        ApiResponse second = emulated.call("POST", "/_api/cursor/" + id, null);
        ApiResponse again = emulated.call("POST", "/_api/cursor/" + id + "/2", null);
        ApiResponse last = emulated.call("PUT", "/_api/cursor/" + id, null);

        assertThat(second.status()).isEqualTo(200);
        assertThat(json(second)).containsEntry("result", List.of(3, 4)).containsEntry("nextBatchId", "3");
        assertThat(json(again)).containsEntry("result", List.of(3, 4)).containsEntry("code", 200);
        assertThat(json(last)).containsEntry("result", List.of(5)).containsEntry("hasMore", false)
                .doesNotContainKeys("id", "nextBatchId");
        assertThat(cursors.get(0).closed()).isTrue();
        assertThat(json(emulated.call("POST", "/_api/cursor/" + id, null))).containsEntry("errorNum", 1600)
                .containsEntry("code", 404);
    }

    @Test
    void deletesACursorAndRefusesBadRequests() {
        String id = (String) json(emulated.call("POST", "/_api/cursor", Map.of("query", "q", "batchSize", 2))).get("id");

        assertThat(json(emulated.call("POST", "/_api/cursor/" + id + "/9", null))).containsEntry("errorNum", 1600);
        assertThat(json(emulated.call("POST", "/_api/cursor/" + id + "/x", null))).containsEntry("errorNum", 10);
        ApiResponse deleted = emulated.call("DELETE", "/_api/cursor/" + id, null);
        assertThat(deleted.status()).isEqualTo(202);
        assertThat(json(deleted)).containsEntry("id", id);
        assertThat(cursors.get(0).closed()).isTrue();
        assertThat(json(emulated.call("DELETE", "/_api/cursor/" + id, null))).containsEntry("errorNum", 1600);
        assertThat(json(emulated.call("POST", "/_api/cursor", null))).containsEntry("errorNum", 1502);
        assertThat(json(emulated.call("POST", "/_api/cursor", Map.of()))).containsEntry("errorNum", 600);
        assertThat(json(emulated.call("POST", "/_api/cursor", Map.of("query", "")))).containsEntry("errorNum", 1502);
        assertThat(json(emulated.call("POST", "/_api/cursor", Map.of("query", 1)))).containsEntry("errorNum", 10);
        assertThat(json(emulated.call("POST", "/_api/cursor", Map.of("query", "q", "bindVars", 1))))
                .containsEntry("errorNum", 1553);
        assertThat(json(emulated.call("POST", "/_api/cursor", Map.of("query", "q", "batchSize", 0))))
                .containsEntry("errorNum", 10);
        assertThat(json(emulated.call("PUT", "/_api/cursor", null))).containsEntry("errorNum", 400);
    }

    @Test
    void aSingleBatchResultHasNoCursor() {
        ApiResponse all = emulated.call("POST", "/_api/cursor", Map.of("query", "one", "options",
                Map.of("profile", true)));

        assertThat(json(all)).containsEntry("hasMore", false).doesNotContainKey("id");
        assertThat(json(all).get("result")).isEqualTo(List.of(1, 2));
        assertThat(((QueryOptions) queries.get(0)[2]).profile()).isEqualTo(1);
        assertThat(cursors.get(0).closed()).isTrue();
    }

    @Test
    void explainsAndParses() {
        ApiResponse explained = emulated.call("POST", "/_api/explain", Map.of("query", "RETURN 1",
                "options", Map.of("allPlans", true, "maxNumberOfPlans", 2)));
        ApiResponse parsed = emulated.call("POST", "/_api/query", Map.of("query", "RETURN 1"));

        assertThat(json(explained)).containsEntry("allPlans", true).containsEntry("max", 2)
                .containsEntry("error", false).containsEntry("code", 200);
        assertThat(json(parsed)).containsEntry("parsed", true);
        assertThat(json(emulated.call("POST", "/_api/query", null))).containsEntry("errorNum", 1502);
        assertThat(json(emulated.call("POST", "/_api/explain", Map.of("query", 5)))).containsEntry("errorNum", 10);
        assertThat(emulated.get("/_api/query/current").body()).isEqualTo(List.of());
        assertThat(emulated.get("/_api/query/slow").body()).isEqualTo(List.of());
        assertThat(emulated.call("DELETE", "/_api/query/slow", null).status()).isEqualTo(200);
        assertThat(json(emulated.call("DELETE", "/_api/query/12", null))).containsEntry("errorNum", 1591);
    }
}
