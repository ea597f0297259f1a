package io.arangomcp.ports.spi;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.DatabaseGateway;

import java.time.Instant;

/**
 * What a tool may use during one call, and nothing else.
 *
 * @since 0.1
 */
public interface ToolContext {

    /**
     * The gateway of the database this call resolved to.
     *
     * @throws IllegalStateException when the tool is not {@linkplain ToolSpec#databaseScoped() database-scoped}
     */
    DatabaseGateway database();

    /** The key of the database this call resolved to, or {@code null} for tools that are not database-scoped. */
    String databaseKey();

    /**
     * Whether the resolved database's profile is read-only. The host already refuses tools whose kind writes;
     * tools of kind {@link OperationKind#QUERY} check this themselves before running a modifying statement.
     */
    boolean databaseReadOnly();

    /** The calling session. */
    SessionHandle session();

    /** The databases this session may use. */
    DatabaseDirectory databases();

    /** The registered tools and workflows. */
    ToolCatalog catalog();

    /** Caps this call must respect. */
    Limits limits();

    /** Progress reporting to the client. */
    Progress progress();

    /** Logging to the client. */
    ToolLog log();

    /** Whether the caller has given up. */
    Cancellation cancellation();

    /** The current time (a clock the host controls, so tests can fix it). */
    Instant now();

    /**
     * The one directory backups may be written to and read from; every path a tool touches for a caller goes
     * through it.
     *
     * @throws ArangoMcpException {@code NOT_SUPPORTED} when the host offers no backup directory (the default)
     */
    default BackupDirectory backups() {
        throw ArangoMcpException.builder(ErrorCode.NOT_SUPPORTED, "this server offers no backup directory")
                .hint("Run a host that configures one (arango-mcp: --backup-dir).")
                .build();
    }

    /**
     * JSON-schema validation of values callers give, with every keyword of the schema's draft.
     *
     * @throws ArangoMcpException {@code NOT_SUPPORTED} when the host offers no validator (the default)
     */
    default SchemaValidator schemaValidator() {
        throw ArangoMcpException.builder(ErrorCode.NOT_SUPPORTED, "this server offers no JSON-schema validator")
                .hint("Run a host that provides one (arango-mcp does).")
                .build();
    }
}
