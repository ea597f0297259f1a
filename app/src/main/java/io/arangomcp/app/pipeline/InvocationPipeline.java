package io.arangomcp.app.pipeline;

import io.arangomcp.app.json.JsonText;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.session.SessionState;
import io.arangomcp.ports.in.Caller;
import io.arangomcp.ports.in.CallHooks;
import io.arangomcp.ports.in.ToolCallResult;
import io.arangomcp.ports.in.ToolDescriptor;
import io.arangomcp.ports.in.ToolListListener;
import io.arangomcp.ports.in.ToolService;
import io.arangomcp.ports.spi.schema.ArgumentBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Pipeline: the {@link ToolService} that every transport calls. One call runs these steps, each a small class:
 * find the tool (refusing packs the caller's tenant may not use), find or create the session, check the tool is visible to it, validate arguments, resolve the
 * database (database-scoped tools only), authorize, execute, and map the outcome (result or error object,
 * secrets redacted, usage recorded).
 */
public final class InvocationPipeline implements ToolService {
    private static final Logger LOG = LoggerFactory.getLogger(InvocationPipeline.class);

    private final CallServices services;
    private final ArgumentStep arguments;
    private final DatabaseStep databases;
    private final AuthorizationStep authorization = new AuthorizationStep();
    private final ExecutionStep execution;
    private final ErrorMapper errors;
    private final OutcomeRenderer renderer;
    private final List<ToolListListener> listeners = new CopyOnWriteArrayList<>();

    public InvocationPipeline(CallServices services, ArgumentBinder binder, ErrorMapper errors, JsonText json) {
        this.services = Objects.requireNonNull(services, "services is null");
        this.arguments = new ArgumentStep(binder);
        this.databases = new DatabaseStep(services.registries(), services.resolver(), services.connections());
        this.execution = new ExecutionStep(services);
        this.errors = Objects.requireNonNull(errors, "errors is null");
        this.renderer = new OutcomeRenderer(json);
    }

    @Override
    public List<ToolDescriptor> registeredTools() {
        return services.tools().descriptors();
    }

    @Override
    public List<ToolDescriptor> listTools(Caller caller) {
        SessionState session = services.sessions().getOrCreate(caller.sessionId(), services.clock().instant());
        return services.tools().descriptors().stream()
                .filter(d -> services.registries().allowsPack(caller, d.pack()))
                .filter(d -> services.visibility().isVisible(d, session))
                .toList();
    }

    @Override
    public ToolCallResult call(Caller caller, String toolName, Map<String, Object> raw, CallHooks hooks) {
        Objects.requireNonNull(caller, "caller is null");
        Objects.requireNonNull(hooks, "hooks is null");
        SessionState before = null;
        boolean executed = false;
        try {
            RegisteredTool tool = services.tools().require(toolName);
            PackAccess.check(services.registries(), caller, tool.descriptor());
            before = services.sessions().getOrCreate(caller.sessionId(), services.clock().instant());
            if (!services.visibility().isVisible(tool.descriptor(), before)) {
                throw services.visibility().hidden(tool.descriptor(), before);
            }
            BoundArguments bound = arguments.bind(tool, raw);
            DatabaseTarget target = tool.spec().databaseScoped()
                    ? databases.resolve(caller, bound.databaseOverride(), before) : null;
            authorization.check(tool, target);
            executed = true;
            Record result = execution.run(tool, bound.arguments(), target, caller, hooks);
            return renderer.success(tool, result);
        } catch (ArangoMcpException e) {
            LOG.debug("{} failed: {} {}", toolName, e.code(), e.getMessage());
            return renderer.failure(errors.map(e));
        } catch (RuntimeException e) {
            String reference = ErrorMapper.newReference();
            LOG.error("internal error {} in tool {}", reference, toolName, e);
            return renderer.failure(errors.internal(toolName, reference));
        } finally {
            if (executed) {
                afterExecution(caller.sessionId(), toolName, before);
            }
        }
    }

    @Override
    public void endSession(String sessionId) {
        services.sessions().remove(sessionId);
    }

    @Override
    public void addToolListListener(ToolListListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener is null"));
    }

    /** Records usage and tells listeners when the call changed what the session sees. */
    private void afterExecution(String sessionId, String toolName, SessionState before) {
        Instant now = services.clock().instant();
        SessionState after = services.sessions().update(sessionId, now, s -> s.withUsage(toolName, now));
        boolean viewChanged = !after.workflow().equals(before.workflow())
                || !after.stage().equals(before.stage())
                || !after.unloadedTools().equals(before.unloadedTools());
        if (viewChanged) {
            for (ToolListListener l : listeners) {
                try {
                    l.toolsChanged(sessionId);
                } catch (RuntimeException e) {
                    LOG.warn("a tool-list listener failed: {}", e.toString());
                }
            }
        }
    }
}
