package io.arangomcp.app.config;

import java.util.Map;
import java.util.Objects;

/**
 * Configuration: a snapshot of the process environment, injected everywhere it is read so tests can set it.
 */
public final class Environment {
    private final Map<String, String> variables;

    public Environment(Map<String, String> variables) {
        this.variables = Map.copyOf(Objects.requireNonNull(variables, "variables is null"));
    }

    /** The value, or {@code null} when unset. */
    public String get(String name) {
        return variables.get(name);
    }

    /** Whether the variable is set to something other than blanks. */
    public boolean isSet(String name) {
        String v = variables.get(name);
        return v != null && !v.isBlank();
    }

    public Map<String, String> asMap() {
        return variables;
    }
}
