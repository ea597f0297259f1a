package io.arangomcp.app.config;

import io.arangomcp.domain.config.DatabaseRegistry;

import java.util.List;
import java.util.Objects;

/**
 * Configuration: what the server will serve, decided before anything is wired.
 *
 * @param registry the databases
 * @param backend  the backend that serves them
 * @param notes    facts worth telling the operator on stderr at start-up (e.g. which backend and why)
 */
public record StartupPlan(DatabaseRegistry registry, Backend backend, List<String> notes) {
    public StartupPlan {
        Objects.requireNonNull(registry, "registry is null");
        Objects.requireNonNull(backend, "backend is null");
        notes = List.copyOf(notes);
    }
}
