package io.arangomcp.adapters.arangodb;

import io.arangomcp.adapters.emulator.ArangoEmulator;
import io.arangomcp.adapters.emulator.EmulatorOptions;
import io.arangomcp.adapters.memory.InMemoryDatabaseGateway;
import io.arangomcp.adapters.memory.InMemoryServer;
import io.arangomcp.domain.config.Protocol;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.QueryCursor;
import io.arangomcp.ports.out.gateway.QueryOptions;
import io.arangomcp.ports.out.gateway.ServerClient;
import io.arangomcp.testkit.tools.ScriptedQueryCursor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AQL through the driver gateway against an emulator whose query answers are scripted: batches are fetched one
 * by one, options travel to the server, closing early deletes the server cursor, explain and parse pass through.
 */
class DriverQueryTest {
    private final List<Object[]> received = new CopyOnWriteArrayList<>();
    private final List<ScriptedQueryCursor> cursors = new CopyOnWriteArrayList<>();
    private final InMemoryServer server = new InMemoryServer();
    private final ArangoEmulator emulator = ArangoEmulator.start(EmulatorOptions.defaults(), server,
            db -> scripted(new InMemoryDatabaseGateway(server, db)));
    private final ServerClient client = new ArangoGatewayFactory().open(EmulatedServer.address(emulator,
            Protocol.HTTP2));

    @AfterEach
    void stop() {
        client.close();
        emulator.close();
    }

    private DatabaseGateway scripted(DatabaseGateway real) {
        return (DatabaseGateway) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{DatabaseGateway.class}, (self, method, args) -> {
                    switch (method.getName()) {
                        case "query":
                            received.add(args);
                            ScriptedQueryCursor cursor = new ScriptedQueryCursor(List.of(List.of(Map.of("n", 1), 2),
                                    List.of("three"), List.of(4)), Map.of("warnings", List.of(),
                                    "stats", Map.of("writesExecuted", 0), "profile", Map.of("executing", 0.1)));
                            cursors.add(cursor);
                            return cursor;
                        case "explain":
                            return Map.of("plan", Map.of("isModificationQuery", false), "cacheable", true);
                        case "parse":
                            return Map.of("parsed", true, "collections", List.of());
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
    void readsBatchByBatchAndPassesTheOptions() {
        QueryOptions options = QueryOptions.defaults().withBatchSize(2).withCount(true).withFullCount(true)
                .withMaxRuntime(1.5).withMemoryLimit(1_000_000L).withFailOnWarning(true).withMaxWarningCount(5)
                .withProfile(2);
        try (QueryCursor cursor = client.database("_system").query("FOR x IN y RETURN x", Map.of("a", 1), options)) {
            assertThat(cursor.hasMore()).isTrue();
            assertThat(cursor.nextBatch()).containsExactly(Map.of("n", 1), 2);
            assertThat(cursor.hasMore()).isTrue();
            assertThat(cursor.nextBatch()).containsExactly("three");
            assertThat(cursor.nextBatch()).containsExactly(4);
            assertThat(cursor.hasMore()).isFalse();
            assertThat(cursor.nextBatch()).isEmpty();
            assertThat(cursor.extra()).containsKey("profile");
        }
        Object[] args = received.get(0);
        assertThat(args[0]).isEqualTo("FOR x IN y RETURN x");
        assertThat(args[1]).isEqualTo(Map.of("a", 1));
        QueryOptions sent = (QueryOptions) args[2];
        assertThat(sent).isEqualTo(options);
        assertThat(cursors.get(0).closed()).isTrue();
    }

    @Test
    void closingEarlyDeletesTheServerCursor() {
        QueryCursor cursor = client.database("_system").query("q", null, null);
        assertThat(cursor.nextBatch()).hasSize(2);

        cursor.close();
        cursor.close();

        assertThat(cursors.get(0).closed()).isTrue();
        assertThat(cursor.hasMore()).isFalse();
        assertThat(cursor.nextBatch()).isEmpty();
        assertThat(cursor.count()).isNull();
    }

    @Test
    void explainsAndParsesThroughTheRawApi() {
        DatabaseGateway gateway = client.database("_system");

        assertThat(gateway.explain("RETURN 1", null, false, 1)).containsEntry("cacheable", true)
                .doesNotContainKeys("error", "code");
        assertThat(gateway.parse("RETURN 1")).containsEntry("parsed", true);
    }
}
