package io.arangomcp.app.connect;

import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.DatabaseGatewayFactory;
import io.arangomcp.ports.out.gateway.ServerAddress;
import io.arangomcp.ports.out.gateway.ServerClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Connections: one client per server, shared by every database on that server and by every session.
 *
 * <p>Clients are opened lazily on first use, at most once per {@link ServerAddress} even when many threads ask
 * at once, capped in concurrent calls, and closed at shutdown. Profiles that differ only in database name share
 * a client.
 */
public final class ConnectionManager implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionManager.class);

    private final DatabaseGatewayFactory factory;
    private final CredentialResolver credentials;
    private final Map<ServerAddress, Connection> connections = new ConcurrentHashMap<>();
    private final Map<GatewayKey, DatabaseGateway> gateways = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public ConnectionManager(DatabaseGatewayFactory factory, CredentialResolver credentials) {
        this.factory = Objects.requireNonNull(factory, "factory is null");
        this.credentials = Objects.requireNonNull(credentials, "credentials is null");
    }

    /** The backend id of the factory ({@code memory} or {@code arangodb}). */
    public String backend() {
        return factory.backend();
    }

    /** The (capped) gateway of a profile's database, opening its server's client on first use. */
    public DatabaseGateway gateway(DatabaseProfile profile) {
        ServerAddress address = address(profile);
        return gateways.computeIfAbsent(new GatewayKey(address, profile.database()), key -> {
            Connection connection = connection(address);
            return connection.cap.wrap(connection.client().database(profile.database()));
        });
    }

    /** The server client of a profile, opening it on first use. */
    public ServerClient client(DatabaseProfile profile) {
        return connection(address(profile)).client();
    }

    /** How many server clients are open. */
    public int openClients() {
        return (int) connections.values().stream().filter(Connection::isOpen).count();
    }

    /** The pools of the server clients open now: server (without secrets), calls in flight, the cap. */
    public List<PoolUse> pools() {
        List<PoolUse> pools = new ArrayList<>();
        connections.values().stream().filter(Connection::isOpen).forEach(c ->
                pools.add(new PoolUse(c.address.describe(), c.cap.inUse(), c.cap.size())));
        pools.sort(java.util.Comparator.comparing(PoolUse::server));
        return pools;
    }

    /**
     * One server's pool.
     *
     * @param server the server, described without secrets
     * @param inUse  calls in flight
     * @param size   the most calls allowed at once
     */
    public record PoolUse(String server, int inUse, int size) {
    }

    /** Calls in flight to the profile's server. */
    public int inUse(DatabaseProfile profile) {
        Connection c = connections.get(address(profile));
        return c == null ? 0 : c.cap.inUse();
    }

    @Override
    public void close() {
        closed = true;
        List<Connection> all = new ArrayList<>(connections.values());
        connections.clear();
        gateways.clear();
        for (Connection c : all) {
            c.close();
        }
    }

    private ServerAddress address(DatabaseProfile profile) {
        return ServerAddress.of(profile, credentials.password(profile), credentials.jwt(profile));
    }

    private Connection connection(ServerAddress address) {
        if (closed) {
            throw new IllegalStateException("the connection manager is closed");
        }
        return connections.computeIfAbsent(address, a -> new Connection(a, factory,
                new ConcurrencyCap(a.maxConnections(), a.timeout(), a.describe())));
    }

    /** The key of a cached gateway: a server and a database name. */
    private record GatewayKey(ServerAddress address, String database) {
    }

    /** One server's lazily opened client and its concurrency cap. */
    private static final class Connection {
        private final ServerAddress address;
        private final DatabaseGatewayFactory factory;
        private final ConcurrencyCap cap;
        private ServerClient client;
        private boolean closed;

        Connection(ServerAddress address, DatabaseGatewayFactory factory, ConcurrencyCap cap) {
            this.address = address;
            this.factory = factory;
            this.cap = cap;
        }

        synchronized ServerClient client() {
            if (closed) {
                throw new IllegalStateException("the connection to " + address.describe() + " is closed");
            }
            if (client == null) {
                LOG.debug("opening a {} client for {}", factory.backend(), address.describe());
                client = factory.open(address);
            }
            return client;
        }

        synchronized boolean isOpen() {
            return client != null && !closed;
        }

        synchronized void close() {
            closed = true;
            if (client != null) {
                try {
                    client.close();
                } catch (RuntimeException e) {
                    LOG.warn("closing the client for {} failed: {}", address.describe(), e.toString());
                }
            }
        }
    }
}
