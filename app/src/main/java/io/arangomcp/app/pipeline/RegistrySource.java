package io.arangomcp.app.pipeline;

import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.ports.in.Caller;

/**
 * Pipeline: the database registry a caller may use (the whole registry for trusted callers; a tenant's part of
 * it for authenticated HTTP callers).
 */
@FunctionalInterface
public interface RegistrySource {
    DatabaseRegistry registryFor(Caller caller);
}
