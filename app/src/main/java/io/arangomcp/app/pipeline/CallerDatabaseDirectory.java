package io.arangomcp.app.pipeline;

import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.resolution.Resolution;
import io.arangomcp.ports.in.Caller;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.spi.ConnectionProbe;
import io.arangomcp.ports.spi.DatabaseDirectory;
import io.arangomcp.ports.spi.SessionHandle;

import java.util.List;
import java.util.Objects;

/**
 * Pipeline: the databases one caller may use, as a tool sees them.
 */
final class CallerDatabaseDirectory implements DatabaseDirectory {
    private final Caller caller;
    private final SessionHandle session;
    private final CallServices services;

    CallerDatabaseDirectory(Caller caller, SessionHandle session, CallServices services) {
        this.caller = Objects.requireNonNull(caller, "caller is null");
        this.session = Objects.requireNonNull(session, "session is null");
        this.services = Objects.requireNonNull(services, "services is null");
    }

    @Override
    public DatabaseRegistry registry() {
        return services.registries().registryFor(caller);
    }

    @Override
    public Resolution resolution() {
        return services.resolver().resolve(registry(), null, session.state().focusedDatabase());
    }

    @Override
    public String envArangoDb() {
        return services.resolver().envArangoDb();
    }

    @Override
    public DatabaseGateway gateway(String key) {
        return services.connections().gateway(registry().require(key));
    }

    @Override
    public ConnectionProbe probe(String key) {
        return services.prober().probe(registry().require(key));
    }

    @Override
    public List<ConnectionProbe> probeAll() {
        return services.prober().probeAll(registry().profiles());
    }
}
