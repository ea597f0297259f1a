package io.arangomcp.testkit.tools;

import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.resolution.DatabaseResolver;
import io.arangomcp.domain.resolution.Resolution;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.spi.ConnectionProbe;
import io.arangomcp.ports.spi.DatabaseDirectory;
import io.arangomcp.ports.spi.SessionHandle;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Test double: a {@link DatabaseDirectory} over a fixed registry. Resolution runs the real
 * {@link DatabaseResolver} against the session's current focus (so it follows focus changes); probes and gateways
 * are scripted per key. Unknown keys fail exactly like the host's directory, with {@code DATABASE_NOT_CONFIGURED}.
 */
public final class FakeDatabaseDirectory implements DatabaseDirectory {
    private final DatabaseRegistry registry;
    private final DatabaseResolver resolver;
    private final SessionHandle session;
    private final Function<String, ConnectionProbe> probes;
    private final Map<String, DatabaseGateway> gateways;

    /**
     * @param registry     the configured databases
     * @param envArangoDb  the {@code ARANGO_DB} value for resolution level 4, or {@code null}
     * @param session      the session whose focus resolution uses
     * @param probes       the probe outcome per configured key
     * @param gateways     the gateways {@link #gateway(String)} hands out, by key
     */
    public FakeDatabaseDirectory(DatabaseRegistry registry, String envArangoDb, SessionHandle session,
                                 Function<String, ConnectionProbe> probes, Map<String, DatabaseGateway> gateways) {
        this.registry = Objects.requireNonNull(registry, "registry is null");
        this.resolver = new DatabaseResolver(envArangoDb);
        this.session = Objects.requireNonNull(session, "session is null");
        this.probes = Objects.requireNonNull(probes, "probes is null");
        this.gateways = Map.copyOf(gateways);
    }

    @Override
    public DatabaseRegistry registry() {
        return registry;
    }

    @Override
    public Resolution resolution() {
        return resolver.resolve(registry, null, session.state().focusedDatabase());
    }

    @Override
    public String envArangoDb() {
        return resolver.envArangoDb();
    }

    @Override
    public DatabaseGateway gateway(String key) {
        registry.require(key);
        DatabaseGateway gateway = gateways.get(key);
        if (gateway == null) {
            throw new IllegalStateException("no gateway scripted for database '" + key
                    + "'; use FakeToolContext.Builder.gateway(key, gateway)");
        }
        return gateway;
    }

    @Override
    public ConnectionProbe probe(String key) {
        registry.require(key);
        return Objects.requireNonNull(probes.apply(key), "no probe scripted for database '" + key + "'");
    }

    @Override
    public List<ConnectionProbe> probeAll() {
        return registry.keys().stream().map(this::probe).toList();
    }
}
