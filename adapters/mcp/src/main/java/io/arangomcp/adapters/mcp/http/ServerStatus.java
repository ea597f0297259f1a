package io.arangomcp.adapters.mcp.http;

import java.util.List;
import java.util.Objects;

/**
 * HTTP transport: what the application reports about its databases for {@code /health} and {@code /metrics}.
 */
public interface ServerStatus {

    /** Checks the databases through the live connection pools. */
    Health health();

    /** The connection pools open now. */
    List<Pool> pools();

    /**
     * The outcome of a health check.
     *
     * @param healthy whether every checked database answered
     * @param checks  one line per database, e.g. {@code shop: ok (3.12.4, 2 ms)} or {@code hr: DATABASE_UNAVAILABLE}
     */
    record Health(boolean healthy, List<String> checks) {
        public Health {
            checks = List.copyOf(checks);
        }
    }

    /**
     * One server's connection pool.
     *
     * @param server the server, described without secrets
     * @param inUse  calls in flight
     * @param size   the most calls allowed at once
     */
    record Pool(String server, int inUse, int size) {
        public Pool {
            Objects.requireNonNull(server, "server is null");
        }
    }
}
