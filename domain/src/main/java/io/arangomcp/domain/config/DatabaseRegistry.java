package io.arangomcp.domain.config;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The configured databases, in configuration order, plus the optional default key and where they came from.
 *
 * <p>Immutable: every change returns a new registry, so a registry can be shared freely between sessions and
 * threads. Order matters (resolution level 5 picks the first key) and is kept by every change.
 */
public final class DatabaseRegistry {
    private final Map<String, DatabaseProfile> profiles;
    private final String defaultKey;
    private final ConfigSource source;
    private final String location;

    private DatabaseRegistry(Map<String, DatabaseProfile> profiles, String defaultKey, ConfigSource source,
                             String location) {
        this.profiles = profiles;
        this.defaultKey = defaultKey;
        this.source = Objects.requireNonNull(source, "source is null");
        this.location = location;
        if (defaultKey != null && !profiles.containsKey(defaultKey)) {
            throw new ArangoMcpException(ErrorCode.CONFIG_INVALID,
                    "default_database '" + defaultKey + "' names no configured database (configured: "
                            + String.join(", ", profiles.keySet()) + ")");
        }
    }

    /**
     * A registry with the given profiles (in order) and default key.
     *
     * @param location a file path or a short description of the source, or {@code null}
     */
    public static DatabaseRegistry of(Collection<DatabaseProfile> profiles, String defaultKey, ConfigSource source,
                                      String location) {
        Map<String, DatabaseProfile> map = new LinkedHashMap<>();
        for (DatabaseProfile profile : profiles) {
            if (map.putIfAbsent(profile.key(), profile) != null) {
                throw new ArangoMcpException(ErrorCode.CONFIG_INVALID,
                        "database '" + profile.key() + "' is configured twice");
            }
        }
        return new DatabaseRegistry(map, blankToNull(defaultKey), source, location);
    }

    /** A registry with no databases. */
    public static DatabaseRegistry empty(ConfigSource source, String location) {
        return new DatabaseRegistry(new LinkedHashMap<>(), null, source, location);
    }

    /** The profiles in configuration order. */
    public List<DatabaseProfile> profiles() {
        return List.copyOf(profiles.values());
    }

    /** The keys in configuration order. */
    public List<String> keys() {
        return List.copyOf(profiles.keySet());
    }

    public boolean isEmpty() {
        return profiles.isEmpty();
    }

    public int size() {
        return profiles.size();
    }

    public boolean contains(String key) {
        return key != null && profiles.containsKey(key);
    }

    public Optional<DatabaseProfile> find(String key) {
        return Optional.ofNullable(key == null ? null : profiles.get(key));
    }

    /** The profile for a key, or a {@code DATABASE_NOT_CONFIGURED} error that lists the configured keys. */
    public DatabaseProfile require(String key) {
        DatabaseProfile profile = key == null ? null : profiles.get(key);
        if (profile == null) {
            throw notConfigured(key);
        }
        return profile;
    }

    /** The error for a key that is not configured: names the key and lists the ones that are. */
    public ArangoMcpException notConfigured(String key) {
        return ArangoMcpException.builder(ErrorCode.DATABASE_NOT_CONFIGURED,
                        "database '" + key + "' is not configured")
                .detail("database", key)
                .detail("available_databases", keys())
                .hint(isEmpty()
                        ? "No database is configured: add one with 'arango-mcp db add' or set ARANGO_URL."
                        : "Use one of: " + String.join(", ", keys()) + ".")
                .build();
    }

    /** The configured default key, or {@code null}. */
    public String defaultKey() {
        return defaultKey;
    }

    /** The first configured key, or {@code null} when the registry is empty. */
    public String firstKey() {
        return profiles.isEmpty() ? null : profiles.keySet().iterator().next();
    }

    public ConfigSource source() {
        return source;
    }

    /** The file path or source description, or {@code null}. */
    public String location() {
        return location;
    }

    /** A registry with {@code profile} appended; fails if its key exists. */
    public DatabaseRegistry withAdded(DatabaseProfile profile) {
        if (profiles.containsKey(profile.key())) {
            throw ArangoMcpException.builder(ErrorCode.ALREADY_EXISTS,
                            "database '" + profile.key() + "' already exists")
                    .hint("Use 'arango-mcp db update " + profile.key() + "' to change it.")
                    .build();
        }
        Map<String, DatabaseProfile> copy = new LinkedHashMap<>(profiles);
        copy.put(profile.key(), profile);
        return new DatabaseRegistry(copy, defaultKey, source, location);
    }

    /** A registry without {@code key}; if it was the default, the default is cleared. */
    public DatabaseRegistry withRemoved(String key) {
        require(key);
        Map<String, DatabaseProfile> copy = new LinkedHashMap<>(profiles);
        copy.remove(key);
        return new DatabaseRegistry(copy, key.equals(defaultKey) ? null : defaultKey, source, location);
    }

    /**
     * A registry where the profile under {@code oldKey} is replaced by {@code replacement}, in the same position.
     * When the key changes (a rename) the default follows it.
     */
    public DatabaseRegistry withReplaced(String oldKey, DatabaseProfile replacement) {
        require(oldKey);
        String newKey = replacement.key();
        if (!newKey.equals(oldKey) && profiles.containsKey(newKey)) {
            throw new ArangoMcpException(ErrorCode.ALREADY_EXISTS,
                    "cannot rename '" + oldKey + "' to '" + newKey + "': database '" + newKey + "' already exists");
        }
        Map<String, DatabaseProfile> copy = new LinkedHashMap<>();
        for (Map.Entry<String, DatabaseProfile> e : profiles.entrySet()) {
            if (e.getKey().equals(oldKey)) {
                copy.put(newKey, replacement);
            } else {
                copy.put(e.getKey(), e.getValue());
            }
        }
        String newDefault = oldKey.equals(defaultKey) ? newKey : defaultKey;
        return new DatabaseRegistry(copy, newDefault, source, location);
    }

    /** A registry with the given default key ({@code null} clears it); the key must be configured. */
    public DatabaseRegistry withDefault(String key) {
        String k = blankToNull(key);
        if (k != null) {
            require(k);
        }
        return new DatabaseRegistry(new LinkedHashMap<>(profiles), k, source, location);
    }

    /** The same profiles, re-labelled with a different source. */
    public DatabaseRegistry withSource(ConfigSource newSource, String newLocation) {
        return new DatabaseRegistry(new LinkedHashMap<>(profiles), defaultKey, newSource, newLocation);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DatabaseRegistry other)) {
            return false;
        }
        return new ArrayList<>(profiles.values()).equals(new ArrayList<>(other.profiles.values()))
                && Objects.equals(defaultKey, other.defaultKey)
                && source == other.source
                && Objects.equals(location, other.location);
    }

    @Override
    public int hashCode() {
        return Objects.hash(profiles.keySet(), defaultKey, source, location);
    }

    @Override
    public String toString() {
        return "DatabaseRegistry" + profiles.keySet() + (defaultKey == null ? "" : " default=" + defaultKey)
                + " from " + source.reportName() + (location == null ? "" : " (" + location + ")");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
