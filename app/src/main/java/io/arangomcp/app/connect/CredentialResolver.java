package io.arangomcp.app.connect;

import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.Secret;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Connections: reads a profile's password and JWT from the environment variables it names. A named variable that
 * is not set is an error naming it; it never silently becomes an empty password (a bug of the reference).
 */
public final class CredentialResolver {
    private final Map<String, String> environment;

    public CredentialResolver(Map<String, String> environment) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment is null"));
    }

    public Secret password(DatabaseProfile profile) {
        return read(profile, profile.passwordEnv(), "password_env");
    }

    public Secret jwt(DatabaseProfile profile) {
        return read(profile, profile.jwtEnv(), "jwt_env");
    }

    /** The variables that profiles name but the environment does not set, for a start-up warning. */
    public List<String> missingVariables(List<DatabaseProfile> profiles) {
        Set<String> missing = new LinkedHashSet<>();
        for (DatabaseProfile p : profiles) {
            for (String name : new String[]{p.passwordEnv(), p.jwtEnv()}) {
                if (name != null && environment.get(name) == null) {
                    missing.add(name + " (database '" + p.key() + "')");
                }
            }
        }
        return List.copyOf(missing);
    }

    /** Every secret value the profiles use, so that error messages can be redacted. */
    public Set<String> secretValues(List<DatabaseProfile> profiles) {
        Set<String> values = new LinkedHashSet<>();
        for (DatabaseProfile p : profiles) {
            for (String name : new String[]{p.passwordEnv(), p.jwtEnv()}) {
                String value = name == null ? null : environment.get(name);
                if (value != null && !value.isEmpty()) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    private Secret read(DatabaseProfile profile, String variable, String field) {
        if (variable == null) {
            return Secret.empty();
        }
        String value = environment.get(variable);
        if (value == null) {
            throw ArangoMcpException.builder(ErrorCode.CONFIG_INVALID, "database '" + profile.key()
                            + "': environment variable " + variable + " (" + field + ") is not set")
                    .detail("database", profile.key())
                    .detail("variable", variable)
                    .hint("Export " + variable + " with the " + (field.equals("jwt_env") ? "token" : "password")
                            + " before starting arango-mcp, or remove " + field + " from the profile.")
                    .build();
        }
        return Secret.of(value);
    }
}
