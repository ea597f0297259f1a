package io.arangomcp.ports.spi;

import java.util.Objects;

/**
 * The outcome of checking that one configured database can be reached and logged in to.
 *
 * @param key           the database key
 * @param reachable     whether the server answered and accepted the login
 * @param version       the server version when reachable, else {@code null}
 * @param errorCode     the error code when not reachable, else {@code null}
 * @param error         the error message when not reachable, else {@code null}
 * @param latencyMillis how long the check took
 * @since 0.1
 */
public record ConnectionProbe(String key, boolean reachable, String version, String errorCode, String error,
                              long latencyMillis) {
    public ConnectionProbe {
        Objects.requireNonNull(key, "key is null");
    }
}
