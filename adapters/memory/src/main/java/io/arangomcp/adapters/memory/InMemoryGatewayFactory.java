package io.arangomcp.adapters.memory;

import io.arangomcp.ports.out.gateway.DatabaseGatewayFactory;
import io.arangomcp.ports.out.gateway.ServerAddress;
import io.arangomcp.ports.out.gateway.ServerClient;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * In-memory backend: the {@code memory} gateway factory. It keeps one {@link InMemoryServer} per server URL (the
 * address's first URL), so clients opened for the same URL, whatever the user, see the same data. Users and
 * passwords are not checked. Thread-safe.
 */
public final class InMemoryGatewayFactory implements DatabaseGatewayFactory {

    /** The backend id. */
    public static final String BACKEND = "memory";

    private final ConcurrentMap<String, InMemoryServer> servers = new ConcurrentHashMap<>();

    @Override
    public String backend() {
        return BACKEND;
    }

    @Override
    public ServerClient open(ServerAddress address) {
        Objects.requireNonNull(address, "address is null");
        return new InMemoryServerClient(server(address.urls().get(0)));
    }

    /** The server behind a URL, created on first use (for the HTTP emulator and for tests). */
    public InMemoryServer server(String url) {
        return servers.computeIfAbsent(Objects.requireNonNull(url, "url is null"), u -> new InMemoryServer());
    }
}
