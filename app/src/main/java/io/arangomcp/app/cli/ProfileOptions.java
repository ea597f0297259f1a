package io.arangomcp.app.cli;

import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.Protocol;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.List;

/**
 * CLI: the profile fields {@code db add} and {@code db update} can set; only given options change anything.
 */
final class ProfileOptions {
    @Option(names = {"--url", "-u"}, paramLabel = "URL",
            description = "Server URL, e.g. http://localhost:8529; repeat for several coordinators.")
    List<String> urls;

    @Option(names = {"--database", "-d"}, paramLabel = "NAME", description = "ArangoDB database name.")
    String database;

    @Option(names = {"--username", "-U"}, paramLabel = "USER", description = "ArangoDB user.")
    String username;

    @Option(names = {"--password-env", "-P"}, paramLabel = "VAR",
            description = "NAME of the environment variable holding the password ('' for none).")
    String passwordEnv;

    @Option(names = "--jwt-env", paramLabel = "VAR",
            description = "NAME of an environment variable holding a JWT ('' for none).")
    String jwtEnv;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Request timeout (default 30).")
    Double timeout;

    @Option(names = "--description", paramLabel = "TEXT", description = "Free text ('' clears it).")
    String description;

    @Option(names = "--protocol", paramLabel = "http2|http1", description = "Wire protocol (default http2).")
    String protocol;

    @Option(names = "--tls-verify", negatable = true, description = "Verify TLS certificates (default true).")
    Boolean tlsVerify;

    @Option(names = "--ca-cert", paramLabel = "FILE", description = "PEM file of extra trusted CA certificates.")
    String caCert;

    @Option(names = "--max-connections", paramLabel = "N", description = "Cap on concurrent requests (default 16).")
    Integer maxConnections;

    @Option(names = "--read-only", negatable = true, description = "Refuse tools that write to this database.")
    Boolean readOnly;

    /** Whether any field option was given. */
    boolean anyGiven() {
        return urls != null || database != null || username != null || passwordEnv != null || jwtEnv != null
                || timeout != null || description != null || protocol != null || tlsVerify != null
                || caCert != null || maxConnections != null || readOnly != null;
    }

    /** Applies the given options to a builder. */
    DatabaseProfile.Builder applyTo(DatabaseProfile.Builder b) {
        if (urls != null) {
            b.urls(urls);
        }
        if (database != null) {
            b.database(database);
        }
        if (username != null) {
            b.username(username);
        }
        if (passwordEnv != null) {
            b.passwordEnv(passwordEnv);
        }
        if (jwtEnv != null) {
            b.jwtEnv(jwtEnv);
        }
        if (timeout != null) {
            b.timeout(seconds(timeout));
        }
        if (description != null) {
            b.description(description);
        }
        if (protocol != null) {
            b.protocol(Protocol.parse(protocol));
        }
        if (tlsVerify != null) {
            b.tlsVerify(tlsVerify);
        }
        if (caCert != null) {
            b.caCertFile(caCert);
        }
        if (maxConnections != null) {
            b.maxConnections(maxConnections);
        }
        if (readOnly != null) {
            b.readOnly(readOnly);
        }
        return b;
    }

    private static Duration seconds(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("--timeout must be a number of seconds");
        }
        return Duration.ofMillis(Math.round(value * 1000));
    }
}
