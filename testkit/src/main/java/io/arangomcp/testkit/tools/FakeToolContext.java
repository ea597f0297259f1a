package io.arangomcp.testkit.tools;

import io.arangomcp.domain.config.ConfigSource;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.session.SessionState;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.spi.BackupDirectory;
import io.arangomcp.ports.spi.Cancellation;
import io.arangomcp.ports.spi.ConnectionProbe;
import io.arangomcp.ports.spi.DatabaseDirectory;
import io.arangomcp.ports.spi.Limits;
import io.arangomcp.ports.spi.Progress;
import io.arangomcp.ports.spi.SchemaValidator;
import io.arangomcp.ports.spi.ToolCatalog;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolLog;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Test double: a {@link ToolContext} for calling tools without a host, configured with a {@link Builder}.
 *
 * <p>Defaults: no gateway (so {@link #database()} fails as it does for server-scoped tools), an empty registry,
 * a fresh session {@code test-session}, {@link Limits#defaults()}, no cancellation, a clock fixed at
 * {@code 2025-01-01T00:00:00Z}, and probes that report every configured database reachable (version
 * {@code 3.12.4}, 1 ms). Example:
 * <pre>{@code
 * FakeToolContext ctx = FakeToolContext.builder()
 *         .gateway("prod", gateway)
 *         .registry(registry)
 *         .limits(new Limits(10, 1024, Duration.ofSeconds(5), 10))
 *         .build();
 * }</pre>
 */
public final class FakeToolContext implements ToolContext {
    /** The instant the default clock is fixed at. */
    public static final Instant DEFAULT_NOW = Instant.parse("2025-01-01T00:00:00Z");

    private final DatabaseGateway gateway;
    private final String databaseKey;
    private final boolean readOnly;
    private final FakeSession session;
    private final DatabaseDirectory directory;
    private final ToolCatalog catalog;
    private final Limits limits;
    private final Progress progress;
    private final ToolLog log;
    private final Cancellation cancellation;
    private final Clock clock;
    private final BackupDirectory backups;
    private final SchemaValidator schemaValidator;

    private FakeToolContext(Builder b, FakeSession session, DatabaseDirectory directory) {
        this.gateway = b.gateway;
        this.databaseKey = b.databaseKey;
        this.readOnly = b.readOnly;
        this.session = session;
        this.directory = directory;
        this.catalog = b.catalog;
        this.limits = b.limits;
        this.progress = b.progress;
        this.log = b.log;
        this.cancellation = b.cancellation;
        this.clock = b.clock;
        this.backups = b.backups;
        this.schemaValidator = b.schemaValidator;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public DatabaseGateway database() {
        if (gateway == null) {
            throw new IllegalStateException("no database gateway: the tool is not database-scoped, or the test "
                    + "did not call FakeToolContext.Builder.gateway(...)");
        }
        return gateway;
    }

    @Override
    public String databaseKey() {
        return databaseKey;
    }

    @Override
    public boolean databaseReadOnly() {
        return readOnly;
    }

    @Override
    public FakeSession session() {
        return session;
    }

    @Override
    public DatabaseDirectory databases() {
        return directory;
    }

    @Override
    public ToolCatalog catalog() {
        if (catalog == null) {
            throw new IllegalStateException("no tool catalog: use FakeToolContext.Builder.catalog(...)");
        }
        return catalog;
    }

    @Override
    public Limits limits() {
        return limits;
    }

    @Override
    public Progress progress() {
        return progress;
    }

    @Override
    public ToolLog log() {
        return log;
    }

    @Override
    public Cancellation cancellation() {
        return cancellation;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public BackupDirectory backups() {
        return backups == null ? ToolContext.super.backups() : backups;
    }

    @Override
    public SchemaValidator schemaValidator() {
        return schemaValidator == null ? ToolContext.super.schemaValidator() : schemaValidator;
    }

    /** Configures a {@link FakeToolContext}; every setter is optional. */
    public static final class Builder {
        private DatabaseGateway gateway;
        private String databaseKey;
        private boolean readOnly;
        private DatabaseRegistry registry = DatabaseRegistry.empty(ConfigSource.NONE, null);
        private String envArangoDb;
        private SessionState sessionState;
        private Function<String, ConnectionProbe> probes = Builder::reachable;
        private final Map<String, ConnectionProbe> scriptedProbes = new LinkedHashMap<>();
        private final Map<String, DatabaseGateway> gateways = new LinkedHashMap<>();
        private DatabaseDirectory directory;
        private ToolCatalog catalog;
        private Limits limits = Limits.defaults();
        private Progress progress = Progress.NONE;
        private ToolLog log = ToolLog.NONE;
        private Cancellation cancellation = Cancellation.NONE;
        private Clock clock = Clock.fixed(DEFAULT_NOW, ZoneOffset.UTC);
        private BackupDirectory backups;
        private SchemaValidator schemaValidator;

        private Builder() {
        }

        /** The resolved database of a database-scoped call; also what the directory hands out for {@code key}. */
        public Builder gateway(String key, DatabaseGateway gateway) {
            this.databaseKey = Objects.requireNonNull(key, "key is null");
            this.gateway = Objects.requireNonNull(gateway, "gateway is null");
            gateways.put(key, gateway);
            return this;
        }

        /** Another database's gateway, for tools that use {@code ctx.databases().gateway(key)}. */
        public Builder otherGateway(String key, DatabaseGateway gateway) {
            gateways.put(Objects.requireNonNull(key, "key is null"), Objects.requireNonNull(gateway, "gateway is null"));
            return this;
        }

        /** Whether the resolved database's profile is read-only. */
        public Builder readOnly(boolean readOnly) {
            this.readOnly = readOnly;
            return this;
        }

        public Builder registry(DatabaseRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry is null");
            return this;
        }

        /** The {@code ARANGO_DB} value resolution level 4 uses. */
        public Builder envArangoDb(String value) {
            this.envArangoDb = value;
            return this;
        }

        /** The session's initial state; by default a fresh session {@code test-session} created at the clock's now. */
        public Builder session(SessionState state) {
            this.sessionState = Objects.requireNonNull(state, "state is null");
            return this;
        }

        /** The outcome of probing {@code key}; keys without a scripted probe use the default prober. */
        public Builder probe(ConnectionProbe probe) {
            scriptedProbes.put(probe.key(), probe);
            return this;
        }

        /** The prober used for keys without a scripted {@link #probe}. */
        public Builder probes(Function<String, ConnectionProbe> prober) {
            this.probes = Objects.requireNonNull(prober, "prober is null");
            return this;
        }

        /** Replaces the fake directory entirely (registry, probes and resolution settings are then ignored). */
        public Builder directory(DatabaseDirectory directory) {
            this.directory = Objects.requireNonNull(directory, "directory is null");
            return this;
        }

        public Builder catalog(ToolCatalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog is null");
            return this;
        }

        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits is null");
            return this;
        }

        public Builder progress(Progress progress) {
            this.progress = Objects.requireNonNull(progress, "progress is null");
            return this;
        }

        public Builder log(ToolLog log) {
            this.log = Objects.requireNonNull(log, "log is null");
            return this;
        }

        public Builder cancellation(Cancellation cancellation) {
            this.cancellation = Objects.requireNonNull(cancellation, "cancellation is null");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock is null");
            return this;
        }

        /** The backup directory; without one, {@link #backups()} fails as on a host that offers none. */
        public Builder backups(BackupDirectory backups) {
            this.backups = Objects.requireNonNull(backups, "backups is null");
            return this;
        }

        /** The JSON-schema validator; without one, {@link #schemaValidator()} fails as on a host that offers none. */
        public Builder schemaValidator(SchemaValidator schemaValidator) {
            this.schemaValidator = Objects.requireNonNull(schemaValidator, "schemaValidator is null");
            return this;
        }

        public FakeToolContext build() {
            FakeSession session = new FakeSession(
                    sessionState != null ? sessionState : SessionState.create("test-session", clock.instant()));
            Map<String, ConnectionProbe> scripted = Map.copyOf(scriptedProbes);
            Function<String, ConnectionProbe> prober = probes;
            DatabaseDirectory dir = directory != null ? directory
                    : new FakeDatabaseDirectory(registry, envArangoDb, session,
                    key -> scripted.containsKey(key) ? scripted.get(key) : prober.apply(key), gateways);
            return new FakeToolContext(this, session, dir);
        }

        private static ConnectionProbe reachable(String key) {
            return new ConnectionProbe(key, true, "3.12.4", null, null, 1);
        }
    }
}
