package io.arangomcp.app.pipeline;

import io.arangomcp.app.connect.ConnectionManager;
import io.arangomcp.app.connect.ConnectionProber;
import io.arangomcp.domain.resolution.DatabaseResolver;
import io.arangomcp.domain.workflow.WorkflowCatalog;
import io.arangomcp.ports.out.session.SessionRepository;
import io.arangomcp.ports.spi.BackupDirectory;
import io.arangomcp.ports.spi.Limits;
import io.arangomcp.ports.spi.SchemaValidator;

import java.time.Clock;
import java.util.Objects;

/**
 * Pipeline: the shared services a call's context is built from.
 *
 * @param sessions    session states
 * @param registries  the database registry per caller
 * @param resolver    the database resolver
 * @param connections server clients and gateways
 * @param prober      connection checks
 * @param tools       the registered tools
 * @param visibility  which tools a session sees
 * @param workflows   workflows and stages
 * @param limits      caps for tools
 * @param backups     the one directory backup tools may use
 * @param schemas     JSON-schema validation for tools
 * @param clock       the time source
 */
public record CallServices(SessionRepository sessions, RegistrySource registries, DatabaseResolver resolver,
                           ConnectionManager connections, ConnectionProber prober, ToolRegistry tools,
                           ToolVisibility visibility, WorkflowCatalog workflows, Limits limits,
                           BackupDirectory backups, SchemaValidator schemas, Clock clock) {
    public CallServices {
        Objects.requireNonNull(sessions, "sessions is null");
        Objects.requireNonNull(registries, "registries is null");
        Objects.requireNonNull(resolver, "resolver is null");
        Objects.requireNonNull(connections, "connections is null");
        Objects.requireNonNull(prober, "prober is null");
        Objects.requireNonNull(tools, "tools is null");
        Objects.requireNonNull(visibility, "visibility is null");
        Objects.requireNonNull(workflows, "workflows is null");
        Objects.requireNonNull(limits, "limits is null");
        Objects.requireNonNull(backups, "backups is null");
        Objects.requireNonNull(schemas, "schemas is null");
        Objects.requireNonNull(clock, "clock is null");
    }
}
