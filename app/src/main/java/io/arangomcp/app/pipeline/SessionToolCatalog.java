package io.arangomcp.app.pipeline;

import io.arangomcp.domain.session.SessionState;
import io.arangomcp.domain.session.ToolUsage;
import io.arangomcp.domain.workflow.WorkflowCatalog;
import io.arangomcp.ports.in.Caller;
import io.arangomcp.ports.in.ToolDescriptor;
import io.arangomcp.ports.spi.SessionHandle;
import io.arangomcp.ports.spi.ToolCatalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Pipeline: the registered tools and workflows as a tool sees them from its calling session: only the tools of
 * packs the caller's tenant may use, and for a tenant caller only its own usage (other tenants' sessions are
 * none of its business).
 */
final class SessionToolCatalog implements ToolCatalog {
    private final Caller caller;
    private final SessionHandle session;
    private final CallServices services;

    SessionToolCatalog(Caller caller, SessionHandle session, CallServices services) {
        this.caller = Objects.requireNonNull(caller, "caller is null");
        this.session = Objects.requireNonNull(session, "session is null");
        this.services = Objects.requireNonNull(services, "services is null");
    }

    @Override
    public List<ToolDescriptor> tools() {
        return services.tools().descriptors().stream().filter(this::allowed).toList();
    }

    @Override
    public List<ToolDescriptor> visibleTools() {
        SessionState state = session.state();
        return tools().stream()
                .filter(d -> services.visibility().isVisible(d, state))
                .toList();
    }

    @Override
    public Optional<ToolDescriptor> find(String name) {
        return services.tools().find(name).map(RegisteredTool::descriptor).filter(this::allowed);
    }

    private boolean allowed(ToolDescriptor descriptor) {
        return services.registries().allowsPack(caller, descriptor.pack());
    }

    @Override
    public WorkflowCatalog workflows() {
        return services.workflows();
    }

    @Override
    public Map<String, ToolUsage> usageAcrossSessions() {
        if (caller.tenant() != null) {
            return session.state().usage();
        }
        Map<String, ToolUsage> total = new LinkedHashMap<>();
        for (SessionState s : services.sessions().all()) {
            s.usage().forEach((tool, usage) -> total.merge(tool, usage, ToolUsage::plus));
        }
        return total;
    }
}
