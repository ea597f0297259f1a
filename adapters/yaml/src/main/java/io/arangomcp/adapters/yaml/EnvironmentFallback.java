package io.arangomcp.adapters.yaml;

import io.arangomcp.domain.config.ConfigSource;
import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.config.InvalidProfileException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration adapter: the v0.4 {@code ARANGO_*} environment variables as a one-database registry, used only
 * when there is no configuration file.
 *
 * <p>Unlike the reference server it also honours the {@code ARANGO_USER} and {@code ARANGO_PASS} aliases, and a bad
 * {@code ARANGO_TIMEOUT_SEC} is a clear error instead of a crash or a silent default.
 */
final class EnvironmentFallback {
    static final String LOCATION = "environment variables";
    static final String KEY = "default";

    static final String URL = "ARANGO_URL";
    static final String DB = "ARANGO_DB";
    static final String USERNAME = "ARANGO_USERNAME";
    static final String USER = "ARANGO_USER";
    static final String PASSWORD = "ARANGO_PASSWORD";
    static final String PASS = "ARANGO_PASS";
    static final String TIMEOUT = "ARANGO_TIMEOUT_SEC";
    static final List<String> VARIABLES = List.of(URL, DB, USERNAME, USER, PASSWORD, PASS, TIMEOUT);

    private EnvironmentFallback() {
    }

    /** The {@code default} registry when any of the variables is set (not blank); else empty. */
    static Optional<DatabaseRegistry> registry(Map<String, String> environment) {
        if (VARIABLES.stream().allMatch(name -> value(environment, name) == null)) {
            return Optional.empty();
        }
        ConfigProblems problems = new ConfigProblems(LOCATION);
        String userVariable = value(environment, USERNAME) != null ? USERNAME : USER;
        String passwordVariable = value(environment, PASSWORD) != null ? PASSWORD
                : value(environment, PASS) != null ? PASS : null;
        DatabaseProfile.Builder builder = DatabaseProfile.builder(KEY)
                .url(valueOr(environment, URL, "http://localhost:8529"))
                .database(valueOr(environment, DB, "_system"))
                .username(valueOr(environment, userVariable, "root"))
                .passwordEnv(passwordVariable);
        String timeout = value(environment, TIMEOUT);
        if (timeout != null) {
            try {
                builder.timeout(TimeoutSeconds.parse(timeout));
            } catch (IllegalArgumentException e) {
                problems.add(TIMEOUT, e.getMessage());
            }
        }
        DatabaseProfile profile = null;
        try {
            profile = builder.build();
        } catch (InvalidProfileException e) {
            // Only the URL can be wrong here: the other values are defaulted, and the timeout is checked above.
            problems.add(e.field().equals("url") ? URL : e.field(), e.problem());
        }
        problems.throwIfAny();
        return Optional.of(DatabaseRegistry.of(List.of(profile), KEY, ConfigSource.ENVIRONMENT, LOCATION));
    }

    private static String value(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String valueOr(Map<String, String> environment, String name, String otherwise) {
        String value = value(environment, name);
        return value == null ? otherwise : value;
    }
}
