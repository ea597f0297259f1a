package io.arangomcp.adapters.emulator.state;

import io.arangomcp.adapters.emulator.auth.JwtTokens;
import io.arangomcp.adapters.emulator.auth.UserStore;
import io.arangomcp.adapters.memory.InMemoryServer;
import io.arangomcp.adapters.memory.store.MemoryDatabase;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.Secret;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.Objects;

/**
 * Emulator: everything one emulated server holds: the in-memory server with its databases (served through
 * {@link DatabaseGateway}s, normally the memory backend's), the users, the
 * signing secret for JWTs, the open cursors and the running stream transactions. Ids of cursors and
 * transactions come from the server's tick, like collection ids and keys, so they grow together as on ArangoDB.
 */
public final class EmulatorState {

    /** The database every server has. */
    public static final String SYSTEM_DATABASE = "_system";

    private final InMemoryServer server;
    private final Function<String, DatabaseGateway> gateways;
    private final UserStore users;
    private final JwtTokens tokens;
    private final CursorRegistry cursors;
    private final TransactionRegistry transactions;
    private final Map<String, String> databaseIds = new ConcurrentHashMap<>();

    public EmulatorState(InMemoryServer server, Function<String, DatabaseGateway> gateways, Secret rootPassword,
                         Clock clock) {
        this.server = Objects.requireNonNull(server, "server is null");
        this.gateways = Objects.requireNonNull(gateways, "gateways is null");
        this.users = new UserStore(rootPassword);
        this.tokens = new JwtTokens(clock);
        this.cursors = new CursorRegistry(this::nextId, clock);
        this.transactions = new TransactionRegistry(this::nextId);
    }

    private long nextId() {
        return server.database(SYSTEM_DATABASE).clock().nextTick();
    }

    /** A database's id: {@code 1} for {@code _system}, else a tick given on first sight. */
    public String databaseId(String database) {
        return databaseIds.computeIfAbsent(database,
                name -> name.equals(SYSTEM_DATABASE) ? "1" : Long.toString(nextId()));
    }

    /** Forgets a dropped database's id. */
    public void forgetDatabase(String database) {
        databaseIds.remove(database);
    }

    public InMemoryServer server() {
        return server;
    }

    /** The gateway to one database (404/1228 on use when it does not exist). */
    public DatabaseGateway gateway(String database) {
        return gateways.apply(database);
    }

    /** The database itself, for what the gateway port does not expose (ids, key generators); 404/1228. */
    public MemoryDatabase database(String database) {
        return server.database(database);
    }

    public UserStore users() {
        return users;
    }

    public JwtTokens tokens() {
        return tokens;
    }

    public CursorRegistry cursors() {
        return cursors;
    }

    public TransactionRegistry transactions() {
        return transactions;
    }
}
