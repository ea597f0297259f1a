package io.arangomcp.app.config;

import io.arangomcp.domain.config.ConfigSource;
import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.resolution.DatabaseResolver;
import io.arangomcp.ports.out.config.ConfigRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Configuration: decides the registry and the backend. With no configuration file and no {@code ARANGO_*}
 * variable the server runs on the in-memory backend with one built-in database; a file or the variables
 * select the arangodb backend (v0.4 compatibility) unless {@code --backend} says otherwise.
 */
public final class StartupPlanner {
    /** The key and URL of the built-in database of the in-memory backend. */
    public static final String BUILT_IN_KEY = "default";
    public static final String BUILT_IN_URL = "memory://local";

    private final ConfigRepository config;
    private final DatabaseResolver resolver;

    public StartupPlanner(ConfigRepository config, DatabaseResolver resolver) {
        this.config = Objects.requireNonNull(config, "config is null");
        this.resolver = Objects.requireNonNull(resolver, "resolver is null");
    }

    public StartupPlan plan(Backend requested) {
        DatabaseRegistry registry = config.load();
        List<String> notes = new ArrayList<>();
        Backend backend;
        if (registry.source() == ConfigSource.NONE) {
            backend = requested == null ? Backend.MEMORY : requested;
            notes.add("No configuration found (" + config.location() + " does not exist and no ARANGO_* variable "
                    + "is set).");
            if (backend == Backend.MEMORY) {
                registry = builtInRegistry();
                notes.add("Serving the in-memory backend with one database, key '" + BUILT_IN_KEY + "'.");
            }
        } else {
            backend = requested == null ? Backend.ARANGODB : requested;
            notes.add("Serving " + registry.size() + " database(s) from " + describe(registry) + " on the "
                    + backend.id() + " backend.");
        }
        resolver.startupWarning(registry).ifPresent(notes::add);
        return new StartupPlan(registry, backend, notes);
    }

    /** The registry of the in-memory backend when nothing is configured. */
    public static DatabaseRegistry builtInRegistry() {
        DatabaseProfile profile = DatabaseProfile.builder(BUILT_IN_KEY).url(BUILT_IN_URL).database("_system")
                .username("root").description("Built-in in-memory database").build();
        return DatabaseRegistry.of(List.of(profile), BUILT_IN_KEY, ConfigSource.BUILT_IN, BUILT_IN_URL);
    }

    private static String describe(DatabaseRegistry registry) {
        return registry.source() == ConfigSource.YAML_FILE ? registry.location() : "the ARANGO_* variables";
    }
}
