package io.arangomcp.domain.config;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One configured database: where it lives (server URLs), which ArangoDB database it is, and how to log in.
 *
 * <p>Passwords are never part of a profile: {@code passwordEnv} is the <em>name</em> of an environment variable
 * that holds it. The key is how tools and sessions refer to the database; it is not the ArangoDB database name.
 *
 * @param key            registry key, e.g. {@code prod}
 * @param urls           one or more coordinator URLs ({@code http(s)://host:port}); several mean failover
 * @param database       the ArangoDB database name
 * @param username       the ArangoDB user
 * @param passwordEnv    name of the environment variable holding the password, or {@code null} for none
 * @param jwtEnv         name of the environment variable holding a JWT (replaces the password), or {@code null}
 * @param timeout        request timeout; never zero (a zero timeout would wait forever)
 * @param description    free text, or {@code null}
 * @param protocol       wire protocol
 * @param tlsVerify      whether TLS certificates are verified (only meaningful for https URLs)
 * @param caCertFile     path of a PEM file with extra trusted CA certificates, or {@code null}
 * @param maxConnections cap on concurrent requests to this profile's server
 * @param readOnly       when true, tools that write are refused for this database
 */
public record DatabaseProfile(
        String key,
        List<String> urls,
        String database,
        String username,
        String passwordEnv,
        String jwtEnv,
        Duration timeout,
        String description,
        Protocol protocol,
        boolean tlsVerify,
        String caCertFile,
        int maxConnections,
        boolean readOnly) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration MAX_TIMEOUT = Duration.ofHours(1);
    public static final int DEFAULT_MAX_CONNECTIONS = 16;
    public static final int MAX_CONNECTIONS_LIMIT = 1024;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]{0,63}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public DatabaseProfile {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidProfileException(key, "key",
                    "must be 1-64 characters of letters, digits, '_', '-' or '.', not starting with '-' or '.'");
        }
        if (urls == null || urls.isEmpty()) {
            throw new InvalidProfileException(key, "url", "is required");
        }
        List<String> checked = new ArrayList<>(urls.size());
        for (String url : urls) {
            checkUrl(key, url);
            checked.add(url.trim());
        }
        urls = List.copyOf(checked);
        database = requireText(key, "database", database);
        username = requireText(key, "username", username);
        passwordEnv = checkEnvName(key, "password_env", passwordEnv);
        jwtEnv = checkEnvName(key, "jwt_env", jwtEnv);
        if (timeout == null) {
            timeout = DEFAULT_TIMEOUT;
        }
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new InvalidProfileException(key, "timeout",
                    "must be more than 0 and at most " + MAX_TIMEOUT.toSeconds() + " seconds, got " + seconds(timeout));
        }
        if (description != null && description.isBlank()) {
            description = null;
        }
        protocol = protocol == null ? Protocol.HTTP2 : protocol;
        if (caCertFile != null && caCertFile.isBlank()) {
            caCertFile = null;
        }
        if (maxConnections < 1 || maxConnections > MAX_CONNECTIONS_LIMIT) {
            throw new InvalidProfileException(key, "max_connections",
                    "must be between 1 and " + MAX_CONNECTIONS_LIMIT + ", got " + maxConnections);
        }
    }

    /** Starts a profile with the defaults: HTTP/2, 30 s timeout, TLS verification on, writable. */
    public static Builder builder(String key) {
        return new Builder(key);
    }

    /** The first URL; the one used when only one is needed for display. */
    public String url() {
        return urls.get(0);
    }

    /** A builder preloaded with this profile's values. */
    public Builder toBuilder() {
        return new Builder(key).urls(urls).database(database).username(username).passwordEnv(passwordEnv)
                .jwtEnv(jwtEnv).timeout(timeout).description(description).protocol(protocol).tlsVerify(tlsVerify)
                .caCertFile(caCertFile).maxConnections(maxConnections).readOnly(readOnly);
    }

    /** Formats a duration as seconds the way configuration files write it ({@code 30} or {@code 2.5}). */
    public static String seconds(Duration d) {
        // Exact to the nanosecond and free of overflow: the value is also shown for timeouts out of range.
        return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9)).stripTrailingZeros()
                .toPlainString();
    }

    private static void checkUrl(String key, String url) {
        String problem = "must be an absolute http:// or https:// URL with a host, e.g. http://localhost:8529";
        if (url == null || url.isBlank()) {
            throw new InvalidProfileException(key, "url", "is required");
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean http = scheme.equals("http") || scheme.equals("https");
            boolean memory = scheme.equals("memory");
            if (http && uri.getHost() == null && uri.getAuthority() != null) {
                // e.g. http://arango_db:8529: java.net.URI (and with it the HTTP clients) rejects '_' in host names.
                throw new InvalidProfileException(key, "url", "must name a host of letters, digits, '-' and '.' "
                        + "(no '_'), got '" + withoutCredentials(url) + "'");
            }
            if (!(http && uri.getHost() != null) && !memory) {
                throw new InvalidProfileException(key, "url", problem + ", got '" + withoutCredentials(url) + "'");
            }
            if (uri.getRawUserInfo() != null) {
                throw new InvalidProfileException(key, "url",
                        "must not contain credentials; use username and password_env instead");
            }
        } catch (URISyntaxException e) {
            throw new InvalidProfileException(key, "url", problem + ", got '" + withoutCredentials(url) + "'");
        }
    }

    /**
     * The URL for an error message with everything between the scheme and the last {@code @} masked: a URL that
     * is refused for another reason (a {@code tcp://} scheme, a password with a {@code /}) may still carry a
     * password, and errors must never show one.
     */
    private static String withoutCredentials(String url) {
        int at = url.lastIndexOf('@');
        int schemeEnd = url.indexOf("://");
        int start = schemeEnd < 0 ? 0 : schemeEnd + 3;
        return at < start ? url : url.substring(0, start) + "***" + url.substring(at);
    }

    private static String requireText(String key, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidProfileException(key, field, "is required");
        }
        return value.trim();
    }

    private static String checkEnvName(String key, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.trim();
        if (!ENV_NAME.matcher(name).matches()) {
            // Not echoed: the usual mistake here is to write the password itself.
            throw new InvalidProfileException(key, field, "must be the NAME of an environment variable (letters, "
                    + "digits and '_', not starting with a digit), not the secret itself; the value is not shown");
        }
        return name;
    }

    /** Builds {@link DatabaseProfile}s; unset optional values take the documented defaults. */
    public static final class Builder {
        private final String key;
        private List<String> urls = List.of();
        private String database;
        private String username;
        private String passwordEnv;
        private String jwtEnv;
        private Duration timeout = DEFAULT_TIMEOUT;
        private String description;
        private Protocol protocol = Protocol.HTTP2;
        private boolean tlsVerify = true;
        private String caCertFile;
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private boolean readOnly;

        private Builder(String key) {
            this.key = key;
        }

        public Builder url(String url) {
            this.urls = url == null ? List.of() : List.of(url);
            return this;
        }

        public Builder urls(List<String> urls) {
            this.urls = Objects.requireNonNull(urls, "urls is null");
            return this;
        }

        public Builder database(String database) {
            this.database = database;
            return this;
        }

        public Builder username(String username) {
            this.username = username;
            return this;
        }

        public Builder passwordEnv(String passwordEnv) {
            this.passwordEnv = passwordEnv;
            return this;
        }

        public Builder jwtEnv(String jwtEnv) {
            this.jwtEnv = jwtEnv;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder protocol(Protocol protocol) {
            this.protocol = protocol;
            return this;
        }

        public Builder tlsVerify(boolean tlsVerify) {
            this.tlsVerify = tlsVerify;
            return this;
        }

        public Builder caCertFile(String caCertFile) {
            this.caCertFile = caCertFile;
            return this;
        }

        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        public Builder readOnly(boolean readOnly) {
            this.readOnly = readOnly;
            return this;
        }

        /** Validates and builds; throws {@link InvalidProfileException} naming the bad field. */
        public DatabaseProfile build() {
            return new DatabaseProfile(key, urls, database, username, passwordEnv, jwtEnv, timeout, description,
                    protocol, tlsVerify, caCertFile, maxConnections, readOnly);
        }
    }
}
