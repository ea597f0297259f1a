package io.arangomcp.app.support;

import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.DatabaseGatewayFactory;
import io.arangomcp.ports.out.gateway.ServerAddress;
import io.arangomcp.ports.out.gateway.ServerClient;
import io.arangomcp.ports.out.gateway.ServerVersion;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A gateway factory whose clients hand out Mockito gateways and count what happens. */
public final class FakeBackend implements DatabaseGatewayFactory {
    public final AtomicInteger opened = new AtomicInteger();
    public final AtomicInteger closed = new AtomicInteger();
    public final List<ServerAddress> addresses = new CopyOnWriteArrayList<>();
    public final Map<String, DatabaseGateway> gateways = new ConcurrentHashMap<>();
    private volatile Function<ServerAddress, ServerVersion> version = a -> new ServerVersion("arango", "3.12.4", "community");

    public void versionAnswer(Function<ServerAddress, ServerVersion> answer) {
        this.version = answer;
    }

    @Override
    public String backend() {
        return "fake";
    }

    @Override
    public ServerClient open(ServerAddress address) {
        opened.incrementAndGet();
        addresses.add(address);
        return new ServerClient() {
            @Override
            public DatabaseGateway database(String name) {
                return gateways.computeIfAbsent(address.urls().get(0) + "/" + name, k -> {
                    DatabaseGateway g = mock(DatabaseGateway.class);
                    when(g.databaseName()).thenReturn(name);
                    when(g.version()).thenAnswer(invocation -> version.apply(address));
                    return g;
                });
            }

            @Override
            public ServerVersion version() {
                return version.apply(address);
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
    }
}
