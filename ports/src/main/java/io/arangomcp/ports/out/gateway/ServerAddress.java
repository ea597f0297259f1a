package io.arangomcp.ports.out.gateway;

import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.Protocol;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to reach and log in to one server: everything that decides whether two profiles can share a client.
 * Profiles that differ only in database name (and description) map to equal addresses and share one client.
 *
 * @param urls           coordinator URLs, failover in order
 * @param username       the user
 * @param password       the password (may be empty)
 * @param jwt            a JWT replacing the password, or an empty secret
 * @param protocol       wire protocol
 * @param timeout        request timeout (never zero)
 * @param tlsVerify      whether to verify TLS certificates
 * @param caCertFile     extra trusted CA certificates (PEM), or {@code null}
 * @param maxConnections cap on concurrent requests
 * @since 0.1
 */
public record ServerAddress(List<String> urls, String username, Secret password, Secret jwt, Protocol protocol,
                            Duration timeout, boolean tlsVerify, String caCertFile, int maxConnections) {
    public ServerAddress {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("at least one URL is required");
        }
        Objects.requireNonNull(username, "username is null");
        Objects.requireNonNull(password, "password is null");
        Objects.requireNonNull(jwt, "jwt is null");
        Objects.requireNonNull(protocol, "protocol is null");
        Objects.requireNonNull(timeout, "timeout is null");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive (zero would wait forever)");
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1");
        }
    }

    /** The address of a profile, with its secrets already read from the environment. */
    public static ServerAddress of(DatabaseProfile profile, Secret password, Secret jwt) {
        return new ServerAddress(profile.urls(), profile.username(), password, jwt, profile.protocol(),
                profile.timeout(), profile.tlsVerify(), profile.caCertFile(), profile.maxConnections());
    }

    /** A short description for messages: first URL and user, never secrets. */
    public String describe() {
        return String.join(",", urls) + " as '" + username + "'";
    }
}
