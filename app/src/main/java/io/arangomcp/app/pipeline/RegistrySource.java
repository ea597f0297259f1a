package io.arangomcp.app.pipeline;

import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.ports.in.Caller;

/**
 * Pipeline: the part of the server a caller may use: its database registry (the whole registry for trusted
 * callers; a tenant's part of it for authenticated HTTP callers) and the tool packs whose tools it sees.
 */
@FunctionalInterface
public interface RegistrySource {
    DatabaseRegistry registryFor(Caller caller);

    /** Whether the caller may see and call the tools of a pack (every pack unless a tenant limits them). */
    default boolean allowsPack(Caller caller, String pack) {
        return true;
    }
}
