package io.arangomcp.toolpacks.workflow.tools.meta;

import io.arangomcp.domain.session.SessionState;
import io.arangomcp.domain.workflow.Stage;
import io.arangomcp.domain.workflow.Workflow;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolCatalog;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Alias;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.toolpacks.workflow.WorkflowPack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tool: the workflows and stages a session can switch between.
 */
public final class ListWorkflowsTool implements Tool<ListWorkflowsTool.Arguments, ListWorkflowsTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.server("arango_list_workflows", "List workflows",
            WorkflowPack.CATEGORY, OperationKind.META,
            "Lists the workflows (switch with arango_switch_workflow) and lifecycle stages (change with "
                    + "arango_advance_workflow_stage) in a stable order, with what each is for and how many of the "
                    + "registered tools it offers; with include_tools, their tool names too. Also tells this "
                    + "session's workflow and stage.");

    public record Arguments(
            @Doc("Also list each workflow's and stage's tools.") @Default("false") @Alias("includeTools")
            boolean include_tools) {
    }

    /** One workflow or stage. */
    public record Entry(
            @Doc("What it is for.") String description,
            @Doc("How many registered tools it offers.") int tool_count,
            @Doc("The registered tools it offers, in tool-list order; only with include_tools.") List<String> tools) {
    }

    public record Result(
            @Doc("The workflows by id, in catalog order.") Map<String, Entry> contexts,
            @Doc("How many workflows there are.") int total_contexts,
            @Doc("This session's workflow.") String active_context,
            @Doc("The lifecycle stages by id, in catalog order.") Map<String, Entry> stages,
            @Doc("This session's stage.") String active_stage) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments arguments, ToolContext context) {
        ToolCatalog catalog = context.catalog();
        boolean withTools = arguments.include_tools();
        Map<String, Entry> workflows = new LinkedHashMap<>();
        for (Workflow w : catalog.workflows().workflows()) {
            workflows.put(w.id(), entry(w.description(), ToolNames.offeredBy(w, catalog), withTools));
        }
        Map<String, Entry> stages = new LinkedHashMap<>();
        for (Stage s : catalog.workflows().stages()) {
            stages.put(s.id(), entry(s.description(), ToolNames.registered(catalog, s.tools()), withTools));
        }
        SessionState state = context.session().state();
        return new Result(workflows, workflows.size(), state.workflow(), stages, state.stage());
    }

    private static Entry entry(String description, List<String> tools, boolean withTools) {
        return new Entry(description, tools.size(), withTools ? tools : null);
    }
}
