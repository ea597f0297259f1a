package io.arangomcp.adapters.yaml;

import static io.arangomcp.adapters.yaml.ConfigKeys.CA_CERT_FILE;
import static io.arangomcp.adapters.yaml.ConfigKeys.DATABASE;
import static io.arangomcp.adapters.yaml.ConfigKeys.DESCRIPTION;
import static io.arangomcp.adapters.yaml.ConfigKeys.JWT_ENV;
import static io.arangomcp.adapters.yaml.ConfigKeys.MAX_CONNECTIONS;
import static io.arangomcp.adapters.yaml.ConfigKeys.PASSWORD;
import static io.arangomcp.adapters.yaml.ConfigKeys.PASSWORD_ENV;
import static io.arangomcp.adapters.yaml.ConfigKeys.PROFILE_KEYS;
import static io.arangomcp.adapters.yaml.ConfigKeys.PROTOCOL;
import static io.arangomcp.adapters.yaml.ConfigKeys.READ_ONLY;
import static io.arangomcp.adapters.yaml.ConfigKeys.TIMEOUT;
import static io.arangomcp.adapters.yaml.ConfigKeys.TLS_VERIFY;
import static io.arangomcp.adapters.yaml.ConfigKeys.URL;
import static io.arangomcp.adapters.yaml.ConfigKeys.URLS;
import static io.arangomcp.adapters.yaml.ConfigKeys.USERNAME;
import static io.arangomcp.adapters.yaml.ConfigProblems.describe;

import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.InvalidProfileException;
import io.arangomcp.domain.config.Protocol;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Configuration adapter: turns one {@code databases.<key>} entry of the file into a {@link DatabaseProfile}.
 *
 * <p>Types are checked strictly ({@code database: 2024} is refused rather than silently turned into text), because
 * YAML 1.1 reads {@code no}, {@code 010} or {@code 2024-01-01} as something else than the user typed.
 */
final class ProfileReader {
    static final String PASSWORD_REFUSED = "plain-text passwords are not allowed in the file; put the password in an "
            + "environment variable and give its NAME with password_env, e.g. password_env: PROD_PW";

    private final ConfigProblems problems;

    ProfileReader(ConfigProblems problems) {
        this.problems = Objects.requireNonNull(problems, "problems is null");
    }

    /** The profile, or empty after recording every problem found in the entry. */
    Optional<DatabaseProfile> read(String key, Object value) {
        String at = ConfigKeys.DATABASES + "." + key;
        if (!(value instanceof Map)) {
            problems.add(at, "must be a mapping with url, database and username, got " + describe(value));
            return Optional.empty();
        }
        Map<?, ?> entry = (Map<?, ?>) value;
        int before = problems.count();
        checkKeys(at, entry);
        DatabaseProfile.Builder builder = DatabaseProfile.builder(key)
                .urls(urls(at, entry))
                .database(text(at, entry, DATABASE, true))
                .username(text(at, entry, USERNAME, true))
                .passwordEnv(text(at, entry, PASSWORD_ENV, false))
                .jwtEnv(text(at, entry, JWT_ENV, false))
                .timeout(timeout(at, entry))
                .description(text(at, entry, DESCRIPTION, false))
                .protocol(protocol(at, entry))
                .tlsVerify(flag(at, entry, TLS_VERIFY, true))
                .caCertFile(text(at, entry, CA_CERT_FILE, false))
                .maxConnections(maxConnections(at, entry))
                .readOnly(flag(at, entry, READ_ONLY, false));
        if (problems.count() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(builder.build());
        } catch (InvalidProfileException e) {
            if (e.field().equals("key")) {
                problems.add(at, "the key " + e.problem());
            } else {
                String field = e.field().equals(URL) && entry.containsKey(URLS) ? URLS : e.field();
                problems.add(at + "." + field, e.problem());
            }
            return Optional.empty();
        }
    }

    private void checkKeys(String at, Map<?, ?> entry) {
        for (Object name : entry.keySet()) {
            if (PASSWORD.equals(name)) {
                problems.add(at + "." + PASSWORD, PASSWORD_REFUSED);
            } else if (!PROFILE_KEYS.contains(name)) {
                problems.add(at + "." + name, "unknown key; expected one of " + String.join(", ", PROFILE_KEYS));
            }
        }
    }

    private List<String> urls(String at, Map<?, ?> entry) {
        if (!entry.containsKey(URLS)) {
            String url = text(at, entry, URL, true);
            return url == null ? List.of() : List.of(url);
        }
        if (entry.containsKey(URL)) {
            problems.add(at + "." + URLS, "give either url or urls, not both");
            return List.of();
        }
        Object value = entry.get(URLS);
        if (!(value instanceof List) || ((List<?>) value).isEmpty()) {
            problems.add(at + "." + URLS, "must be a non-empty list of URLs, got " + describe(value));
            return List.of();
        }
        List<String> urls = new ArrayList<>();
        List<?> items = (List<?>) value;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof String) {
                urls.add((String) items.get(i));
            } else {
                problems.add(at + "." + URLS + "[" + i + "]", "must be a URL string, got " + describe(items.get(i)));
            }
        }
        return urls;
    }

    private String text(String at, Map<?, ?> entry, String name, boolean required) {
        Object value = entry.get(name);
        if (value == null) {
            if (required) {
                problems.add(at + "." + name, "is required");
            }
            return null;
        }
        if (value instanceof String) {
            return (String) value;
        }
        problems.add(at + "." + name, "must be text, got " + describe(value) + " (quote it if it is meant as text)");
        return null;
    }

    private Duration timeout(String at, Map<?, ?> entry) {
        Object value = entry.get(TIMEOUT);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number)) {
            problems.add(at + "." + TIMEOUT, "must be a number of seconds, got " + describe(value));
            return null;
        }
        try {
            return TimeoutSeconds.of((Number) value);
        } catch (IllegalArgumentException e) {
            problems.add(at + "." + TIMEOUT, e.getMessage());
            return null;
        }
    }

    private Protocol protocol(String at, Map<?, ?> entry) {
        String value = text(at, entry, PROTOCOL, false);
        try {
            return value == null ? null : Protocol.parse(value);
        } catch (IllegalArgumentException e) {
            problems.add(at + "." + PROTOCOL, e.getMessage());
            return null;
        }
    }

    private boolean flag(String at, Map<?, ?> entry, String name, boolean otherwise) {
        Object value = entry.get(name);
        if (value == null) {
            return otherwise;
        }
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        problems.add(at + "." + name, "must be true or false, got " + describe(value));
        return otherwise;
    }

    private int maxConnections(String at, Map<?, ?> entry) {
        Object value = entry.get(MAX_CONNECTIONS);
        if (value == null) {
            return DatabaseProfile.DEFAULT_MAX_CONNECTIONS;
        }
        if (value instanceof Integer) {
            return (Integer) value;
        }
        problems.add(at + "." + MAX_CONNECTIONS, "must be a whole number from 1 to "
                + DatabaseProfile.MAX_CONNECTIONS_LIMIT + ", got " + describe(value));
        return DatabaseProfile.DEFAULT_MAX_CONNECTIONS;
    }
}
