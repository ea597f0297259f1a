package io.arangomcp.toolpacks.workflow;

import io.arangomcp.domain.session.SessionState;
import io.arangomcp.domain.session.ToolUsage;
import io.arangomcp.domain.workflow.Workflow;
import io.arangomcp.domain.workflow.WorkflowCatalog;
import io.arangomcp.ports.in.ToolDescriptor;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.ToolCatalog;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ToolPackHarness;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test support: a session with a small set of registered tools and a catalog that applies the host's visibility
 * rules (unloaded hidden; 'full' shows all; session tools and tools no workflow names always; else the workflow's
 * and the stage's tools), so workflow tools can be tested without a host.
 */
public final class WorkflowTestbed implements ToolCatalog {
    public static final Instant NOW = FakeToolContext.DEFAULT_NOW;
    public static final List<ToolDescriptor> TOOLS = List.of(
            db("arango_query", "core_data", "Run AQL query", "Runs an AQL query."),
            db("arango_insert", "core_data", "Insert document", "Inserts one document."),
            db("arango_backup", "core_data", "Back up collections", "Writes collections to files."),
            db("arango_create_graph", "graph_basic", "Create graph", "Creates a named graph."),
            db("arango_traverse", "graph_basic", "Traverse graph", "Walks a graph from a start vertex."),
            server("arango_switch_workflow", "mcp_patterns", "Switch workflow", "Switches workflow."),
            server("arango_set_focused_database", "multi_tenancy", "Set focus", "Focuses a database."),
            db("vendor_report", "vendor", "Vendor report", "A plug-in's graph report."));

    public final ToolPackHarness pack = ToolPackHarness.of(new WorkflowPack());
    public final FakeToolContext context;
    private final WorkflowCatalog workflows = WorkflowCatalog.standard();
    private final Map<String, ToolUsage> acrossSessions = new LinkedHashMap<>();

    public WorkflowTestbed(SessionState initial) {
        this.context = FakeToolContext.builder().session(initial).catalog(this).build();
    }

    /** A fresh session in the given workflow. */
    public static WorkflowTestbed in(String workflow) {
        return new WorkflowTestbed(SessionState.create("s-1", NOW, workflow));
    }

    public Map<String, Object> call(String tool, Map<String, Object> arguments) {
        return pack.call(tool, arguments, context);
    }

    public SessionState state() {
        return context.session().state();
    }

    public WorkflowTestbed usedElsewhere(String tool, ToolUsage usage) {
        acrossSessions.put(tool, usage);
        return this;
    }

    static ToolDescriptor db(String name, String category, String title, String description) {
        return new ToolDescriptor(ToolSpec.database(name, title, category, OperationKind.READ, description),
                "pack-" + category, Map.of("type", "object"), Map.of("type", "object"));
    }

    static ToolDescriptor server(String name, String category, String title, String description) {
        return new ToolDescriptor(ToolSpec.server(name, title, category, OperationKind.META, description),
                "pack-" + category, Map.of("type", "object"), Map.of("type", "object"));
    }

    @Override
    public List<ToolDescriptor> tools() {
        return TOOLS;
    }

    @Override
    public List<ToolDescriptor> visibleTools() {
        SessionState s = state();
        return TOOLS.stream().filter(t -> visible(t, s)).toList();
    }

    private boolean visible(ToolDescriptor t, SessionState s) {
        if (s.unloadedTools().contains(t.name())) {
            return false;
        }
        Workflow w = workflows.workflow(s.workflow());
        return w.allTools() || !t.spec().databaseScoped() || !workflows.mentions(t.name()) || w.offers(t.name())
                || workflows.stage(s.stage()).tools().contains(t.name());
    }

    @Override
    public Optional<ToolDescriptor> find(String name) {
        return TOOLS.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    @Override
    public WorkflowCatalog workflows() {
        return workflows;
    }

    @Override
    public Map<String, ToolUsage> usageAcrossSessions() {
        return acrossSessions;
    }
}
