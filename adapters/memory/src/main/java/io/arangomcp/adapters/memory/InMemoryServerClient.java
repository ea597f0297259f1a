package io.arangomcp.adapters.memory;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.ServerClient;
import io.arangomcp.ports.out.gateway.ServerVersion;

import java.util.Objects;

/**
 * In-memory backend: a client of one {@link InMemoryServer}. {@link #database} creates the database on first
 * use, a documented convenience of the offline backend (a real server answers 404/1228); after {@link #close}
 * every call fails with {@code DATABASE_UNAVAILABLE}, like a closed driver.
 */
public final class InMemoryServerClient implements ServerClient {

    private final InMemoryServer server;
    private volatile boolean closed;

    public InMemoryServerClient(InMemoryServer server) {
        this.server = Objects.requireNonNull(server, "server is null");
    }

    @Override
    public DatabaseGateway database(String name) {
        requireOpen();
        server.databaseOrCreate(name);
        return new InMemoryDatabaseGateway(server, name);
    }

    @Override
    public ServerVersion version() {
        requireOpen();
        return server.version();
    }

    @Override
    public void close() {
        closed = true;
    }

    private void requireOpen() {
        if (closed) {
            throw new ArangoMcpException(ErrorCode.DATABASE_UNAVAILABLE, "the in-memory client is closed");
        }
    }
}
