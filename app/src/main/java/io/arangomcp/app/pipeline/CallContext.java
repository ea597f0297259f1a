package io.arangomcp.app.pipeline;

import io.arangomcp.ports.in.Caller;
import io.arangomcp.ports.in.CallHooks;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.spi.BackupDirectory;
import io.arangomcp.ports.spi.Cancellation;
import io.arangomcp.ports.spi.DatabaseDirectory;
import io.arangomcp.ports.spi.Limits;
import io.arangomcp.ports.spi.Progress;
import io.arangomcp.ports.spi.SchemaValidator;
import io.arangomcp.ports.spi.SessionHandle;
import io.arangomcp.ports.spi.ToolCatalog;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolLog;

import java.time.Instant;
import java.util.Objects;

/**
 * Pipeline: the {@link ToolContext} of one call.
 */
final class CallContext implements ToolContext {
    private final RegisteredTool tool;
    private final DatabaseTarget target;
    private final SessionHandle session;
    private final DatabaseDirectory databases;
    private final ToolCatalog catalog;
    private final CallHooks hooks;
    private final Cancellation cancellation;
    private final CallServices services;

    CallContext(RegisteredTool tool, DatabaseTarget target, Caller caller, CallHooks hooks, CallServices services) {
        this.tool = Objects.requireNonNull(tool, "tool is null");
        this.target = target;
        this.hooks = Objects.requireNonNull(hooks, "hooks is null");
        this.services = Objects.requireNonNull(services, "services is null");
        this.session = new RepositorySessionHandle(caller.sessionId(), services.sessions(), services.clock());
        this.databases = new CallerDatabaseDirectory(caller, session, services);
        this.catalog = new SessionToolCatalog(caller, session, services);
        Instant deadline = services.clock().instant().plus(services.limits().queryTimeout());
        this.cancellation = new DeadlineCancellation(hooks.cancellation(), services.clock(), deadline);
    }

    @Override
    public DatabaseGateway database() {
        if (target == null) {
            throw new IllegalStateException("tool '" + tool.name() + "' is not database-scoped and has no database");
        }
        return target.gateway();
    }

    @Override
    public String databaseKey() {
        return target == null ? null : target.key();
    }

    @Override
    public boolean databaseReadOnly() {
        return target != null && target.profile().readOnly();
    }

    @Override
    public SessionHandle session() {
        return session;
    }

    @Override
    public DatabaseDirectory databases() {
        return databases;
    }

    @Override
    public ToolCatalog catalog() {
        return catalog;
    }

    @Override
    public Limits limits() {
        return services.limits();
    }

    @Override
    public Progress progress() {
        return hooks.progress();
    }

    @Override
    public ToolLog log() {
        return hooks.log();
    }

    @Override
    public Cancellation cancellation() {
        return cancellation;
    }

    @Override
    public Instant now() {
        return services.clock().instant();
    }

    @Override
    public BackupDirectory backups() {
        return services.backups();
    }

    @Override
    public SchemaValidator schemaValidator() {
        return services.schemas();
    }
}
