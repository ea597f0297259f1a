package io.arangomcp.adapters.arangodb;

import com.arangodb.ArangoDB;
import com.arangodb.entity.ArangoDBVersion;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.ServerAddress;
import io.arangomcp.ports.out.gateway.ServerClient;
import io.arangomcp.ports.out.gateway.ServerVersion;

import java.util.Locale;
import java.util.Objects;

/**
 * ArangoDB backend: one driver client for one server (its URLs, user and settings), shared by the gateways of
 * every database on it. Gateways are cheap views; closing the client stops the driver's threads and
 * connections, after which every call fails with {@code DATABASE_UNAVAILABLE}.
 */
final class ArangoServerClient implements ServerClient {

    private final ArangoDB arango;
    private final ServerAddress address;
    private final DriverErrors errors;
    private volatile boolean closed;

    ArangoServerClient(ArangoDB arango, ServerAddress address) {
        this.arango = Objects.requireNonNull(arango, "arango is null");
        this.address = Objects.requireNonNull(address, "address is null");
        this.errors = new DriverErrors(address);
    }

    @Override
    public DatabaseGateway database(String name) {
        requireOpen();
        return new ArangoDatabaseGateway(arango, Objects.requireNonNull(name, "name is null"), errors);
    }

    @Override
    public ServerVersion version() {
        requireOpen();
        try {
            return version(arango.getVersion());
        } catch (RuntimeException e) {
            throw errors.translate(e);
        }
    }

    static ServerVersion version(ArangoDBVersion v) {
        String license = v.getLicense() == null ? "community" : v.getLicense().name().toLowerCase(Locale.ROOT);
        return new ServerVersion(v.getServer() == null ? "arango" : v.getServer(),
                v.getVersion() == null ? "unknown" : v.getVersion(), license);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            arango.shutdown();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new ArangoMcpException(ErrorCode.DATABASE_UNAVAILABLE, "the client for " + address.describe()
                    + " is closed");
        }
    }
}
