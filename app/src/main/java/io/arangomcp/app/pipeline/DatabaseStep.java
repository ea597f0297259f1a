package io.arangomcp.app.pipeline;

import io.arangomcp.app.connect.ConnectionManager;
import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.resolution.DatabaseResolver;
import io.arangomcp.domain.resolution.Resolution;
import io.arangomcp.domain.session.SessionState;
import io.arangomcp.ports.in.Caller;

import java.util.Objects;

/**
 * Pipeline step 4: resolves which database a database-scoped call works on (per-call argument, session focus,
 * configured default, {@code ARANGO_DB}, first configured, {@code _system}) and gets its gateway. Runs only for
 * database-scoped tools, so session and meta tools never fail because of resolution.
 */
final class DatabaseStep {
    private final RegistrySource registries;
    private final DatabaseResolver resolver;
    private final ConnectionManager connections;

    DatabaseStep(RegistrySource registries, DatabaseResolver resolver, ConnectionManager connections) {
        this.registries = Objects.requireNonNull(registries, "registries is null");
        this.resolver = Objects.requireNonNull(resolver, "resolver is null");
        this.connections = Objects.requireNonNull(connections, "connections is null");
    }

    DatabaseTarget resolve(Caller caller, String override, SessionState session) {
        DatabaseRegistry registry = registries.registryFor(caller);
        Resolution resolution = resolver.require(registry, override, session.focusedDatabase());
        DatabaseProfile profile = registry.require(resolution.key());
        return new DatabaseTarget(profile, connections.gateway(profile));
    }
}
