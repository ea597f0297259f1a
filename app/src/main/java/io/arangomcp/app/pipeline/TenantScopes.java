package io.arangomcp.app.pipeline;

import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.tenant.AccessConfig;
import io.arangomcp.domain.tenant.Tenant;
import io.arangomcp.ports.in.Caller;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pipeline: what each caller may use, from the tenants of the access configuration. A trusted caller (no
 * tenant: stdio, the CLI, HTTP on loopback without authentication) may use everything; an authenticated one
 * only its tenant's databases and packs; a caller naming an unknown tenant nothing at all (fail closed).
 */
public final class TenantScopes implements RegistrySource {
    /** The tenant of callers whose tenant is not configured: no database, no pack. */
    private static final Tenant NOBODY = new Tenant("unknown", Set.of(), Set.of());

    private final DatabaseRegistry registry;
    private final AccessConfig access;
    private final Map<String, DatabaseRegistry> views = new ConcurrentHashMap<>();

    public TenantScopes(DatabaseRegistry registry, AccessConfig access) {
        this.registry = Objects.requireNonNull(registry, "registry is null");
        this.access = Objects.requireNonNull(access, "access is null");
    }

    @Override
    public DatabaseRegistry registryFor(Caller caller) {
        if (caller.tenant() == null) {
            return registry;
        }
        // The registry is fixed for the life of the process, so each tenant's view is computed once.
        return views.computeIfAbsent(caller.tenant(), id -> tenantOf(caller).restrict(registry));
    }

    @Override
    public boolean allowsPack(Caller caller, String pack) {
        return caller.tenant() == null || tenantOf(caller).mayUsePack(pack);
    }

    private Tenant tenantOf(Caller caller) {
        return access.tenant(caller.tenant()).orElse(NOBODY);
    }
}
