package io.arangomcp.ports.spi;

import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.resolution.Resolution;
import io.arangomcp.ports.out.gateway.DatabaseGateway;

import java.util.List;

/**
 * The databases the calling session may use: the configured registry (limited to the caller's tenant), how the
 * session's database is resolved, and access to other databases than the resolved one (for tools that compare
 * or move data between databases, or check them).
 *
 * @since 0.1
 */
public interface DatabaseDirectory {

    /** The databases this session may use, in configuration order. */
    DatabaseRegistry registry();

    /** How this session's database resolves without a per-call argument, level by level. */
    Resolution resolution();

    /** The {@code ARANGO_DB} value the resolver uses at level 4, or {@code null}. */
    String envArangoDb();

    /**
     * A gateway to another configured database.
     *
     * @throws io.arangomcp.domain.error.ArangoMcpException {@code DATABASE_NOT_CONFIGURED} for unknown keys,
     *                                                      {@code ACCESS_DENIED} outside the caller's tenant
     */
    DatabaseGateway gateway(String key);

    /** Checks one database (a version call with the profile's timeout). Never throws for connection failures. */
    ConnectionProbe probe(String key);

    /** Checks every database of {@link #registry()} in parallel, each with its own timeout, in registry order. */
    List<ConnectionProbe> probeAll();
}
