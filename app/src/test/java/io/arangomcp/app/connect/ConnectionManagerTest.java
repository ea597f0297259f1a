package io.arangomcp.app.connect;

import io.arangomcp.app.support.FakeBackend;
import io.arangomcp.app.support.Fixtures;
import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.QueryCursor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ConnectionManagerTest {
    private final FakeBackend backend = new FakeBackend();
    private final ConnectionManager manager = new ConnectionManager(backend,
            new CredentialResolver(Map.of("PW", "pw", "PW2", "other")));

    @Test
    void databasesOnOneServerShareOneClient() {
        DatabaseGateway a = manager.gateway(Fixtures.profile("a", "http://one:8529", false));
        DatabaseGateway b = manager.gateway(Fixtures.profile("b", "http://one:8529", false));
        manager.gateway(Fixtures.profile("a2", "http://one:8529", false).toBuilder().database("db_a").build());
        assertThat(backend.opened.get()).isEqualTo(1);
        assertThat(a.databaseName()).isEqualTo("db_a");
        assertThat(b.databaseName()).isEqualTo("db_b");
        manager.gateway(Fixtures.profile("c", "http://two:8529", false));
        assertThat(backend.opened.get()).isEqualTo(2);
        assertThat(manager.openClients()).isEqualTo(2);
        assertThat(manager.backend()).isEqualTo("fake");
    }

    @Test
    void differentCredentialsMeanDifferentClients() {
        DatabaseProfile p = Fixtures.profile("a", "http://one:8529", false);
        manager.gateway(p);
        manager.gateway(p.toBuilder().passwordEnv("PW2").build());
        manager.gateway(p.toBuilder().username("other").build());
        assertThat(backend.opened.get()).isEqualTo(3);
        assertThat(backend.addresses.get(1).password().reveal()).isEqualTo("other");
    }

    @Test
    void concurrentFirstUseOpensExactlyOneClient() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<DatabaseGateway>> futures = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String key = "k" + (i % 4);
            futures.add(pool.submit(() -> {
                start.await();
                return manager.gateway(Fixtures.profile(key, "http://one:8529", false));
            }));
        }
        start.countDown();
        for (Future<DatabaseGateway> f : futures) {
            assertThat(f.get(10, TimeUnit.SECONDS)).isNotNull();
        }
        pool.shutdown();
        assertThat(backend.opened.get()).isEqualTo(1);
    }

    @Test
    void theCapMakesExcessCallsWaitThenFail() throws Exception {
        DatabaseProfile p = Fixtures.profile("a", "http://one:8529", false).toBuilder().maxConnections(2)
                .timeout(Duration.ofMillis(300)).build();
        DatabaseGateway capped = manager.gateway(p);
        DatabaseGateway raw = backend.gateways.get("http://one:8529/db_a");
        CountDownLatch inside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        when(raw.count("slow")).thenAnswer(inv -> {
            inside.countDown();
            release.await();
            return 1L;
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Long> one = pool.submit(() -> capped.count("slow"));
        Future<Long> two = pool.submit(() -> capped.count("slow"));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(manager.inUse(p)).isEqualTo(2);
        assertThatThrownBy(() -> capped.count("other"))
                .isInstanceOf(ArangoMcpException.class)
                .satisfies(e -> assertThat(((ArangoMcpException) e).code()).isEqualTo(ErrorCode.RESOURCE_LIMIT))
                .hasMessageContaining("all 2 connections");
        release.countDown();
        assertThat(one.get()).isEqualTo(1L);
        assertThat(two.get()).isEqualTo(1L);
        assertThat(manager.inUse(p)).isZero();
        pool.shutdown();
    }

    @Test
    void cursorsReturnedThroughTheCapAreCappedToo() {
        DatabaseProfile p = Fixtures.profile("a", "http://one:8529", false);
        DatabaseGateway capped = manager.gateway(p);
        DatabaseGateway raw = backend.gateways.get("http://one:8529/db_a");
        QueryCursor cursor = mock(QueryCursor.class);
        when(cursor.nextBatch()).thenReturn(List.of(1));
        when(raw.query(any(), any(), any())).thenReturn(cursor);
        QueryCursor wrapped = capped.query("RETURN 1", Map.of(), null);
        assertThat(wrapped).isNotSameAs(cursor);
        assertThat(wrapped.nextBatch()).containsExactly(1);
        verify(cursor).nextBatch();
        assertThat(wrapped.toString()).isNotNull();
    }

    @Test
    void errorsOfTheGatewayPassThroughUnchanged() {
        DatabaseGateway capped = manager.gateway(Fixtures.profile("a", "http://one:8529", false));
        DatabaseGateway raw = backend.gateways.get("http://one:8529/db_a");
        when(raw.count("x")).thenThrow(new ArangoMcpException(ErrorCode.NOT_FOUND, "nope"));
        assertThatThrownBy(() -> capped.count("x")).hasMessage("nope");
    }

    @Test
    void closeClosesEveryClientAndRefusesNewWork() {
        manager.gateway(Fixtures.profile("a", "http://one:8529", false));
        manager.gateway(Fixtures.profile("c", "http://two:8529", false));
        manager.close();
        assertThat(backend.closed.get()).isEqualTo(2);
        assertThatThrownBy(() -> manager.gateway(Fixtures.profile("a", "http://one:8529", false)))
                .isInstanceOf(IllegalStateException.class);
    }
}
