package io.arangomcp.adapters.memory;

import io.arangomcp.adapters.memory.aql.MemoryAql;
import io.arangomcp.adapters.memory.store.MemoryDatabase;
import io.arangomcp.adapters.memory.store.Names;
import io.arangomcp.adapters.memory.store.SchemaCompiler;
import io.arangomcp.adapters.memory.store.ServerClock;
import io.arangomcp.aql.AqlEngine;
import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.ports.out.gateway.ServerVersion;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * In-memory backend: one emulated ArangoDB server: its databases ({@code _system} always exists) and the
 * server-wide clock that numbers collections, indexes, keys and revisions. The database operations are strict,
 * as a real server's are (for the HTTP emulator); {@link InMemoryServerClient} adds the create-on-first-use
 * convenience. Thread-safe.
 */
public final class InMemoryServer {

    /** What {@link #version()} reports: a 3.12 version that says it is the in-memory backend. */
    public static final ServerVersion VERSION = new ServerVersion("arango", "3.12.4-memory", "community");

    private static final String SYSTEM = "_system";

    private final ServerClock clock;
    private final SchemaCompiler schemas = new SchemaCompiler();
    private final ConcurrentMap<String, MemoryDatabase> databases = new ConcurrentHashMap<>();
    private final MemoryAql aql = new MemoryAql(new AqlEngine());

    /** A server on the system clock. */
    public InMemoryServer() {
        this(Clock.systemUTC());
    }

    /** A server whose revisions follow the given clock. */
    public InMemoryServer(Clock clock) {
        this.clock = new ServerClock(clock);
        databases.put(SYSTEM, newDatabase(SYSTEM));
    }

    /** The AQL engine of this server's databases. */
    public MemoryAql aql() {
        return aql;
    }

    public ServerVersion version() {
        return VERSION;
    }

    /** The database names, sorted. */
    public List<String> databases() {
        return databases.keySet().stream().sorted().toList();
    }

    /** One database; 404/1228 when it does not exist. */
    public MemoryDatabase database(String name) {
        MemoryDatabase database = databases.get(Objects.requireNonNull(name, "name is null"));
        if (database == null) {
            throw ArangoErrors.DATABASE_NOT_FOUND.error();
        }
        return database;
    }

    /** Creates a database: 400/1229 for an invalid name, 409/1207 when it exists. */
    public MemoryDatabase createDatabase(String name) {
        requireValidName(name);
        MemoryDatabase created = newDatabase(name);
        if (databases.putIfAbsent(name, created) != null) {
            throw ArangoErrors.DUPLICATE_NAME.error();
        }
        return created;
    }

    /** Drops a database: 403/1230 for {@code _system}, 404/1228 when it does not exist. */
    public void dropDatabase(String name) {
        if (SYSTEM.equals(name)) {
            throw ArangoErrors.USE_SYSTEM_DATABASE.error();
        }
        if (databases.remove(Objects.requireNonNull(name, "name is null")) == null) {
            throw ArangoErrors.DATABASE_NOT_FOUND.error();
        }
    }

    /** The database, created first when it does not exist (the offline backend's convenience). */
    MemoryDatabase databaseOrCreate(String name) {
        MemoryDatabase existing = databases.get(Objects.requireNonNull(name, "name is null"));
        if (existing != null) {
            return existing;
        }
        requireValidName(name);
        return databases.computeIfAbsent(name, this::newDatabase);
    }

    private static void requireValidName(String name) {
        if (!Names.isValidDatabaseName(name, false) || !Names.isNormalized(name)) {
            throw ArangoErrors.DATABASE_NAME_INVALID.error();
        }
    }

    private MemoryDatabase newDatabase(String name) {
        return new MemoryDatabase(name, clock, schemas);
    }
}
