package io.arangomcp.toolpacks.workflow.tools.meta;

import io.arangomcp.domain.workflow.Workflow;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Alias;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.OneOf;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.toolpacks.workflow.WorkflowPack;

import java.util.List;

/**
 * Tool: switches the calling session's workflow, which changes the tools it sees.
 */
public final class SwitchWorkflowTool implements Tool<SwitchWorkflowTool.Arguments, SwitchWorkflowTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.server("arango_switch_workflow", "Switch workflow",
            WorkflowPack.CATEGORY, OperationKind.META,
            "Switches this session to another workflow; the session's tool list changes at once (the client is "
                    + "notified) and tools it unloaded are loaded again. 'full' shows every tool; the others show "
                    + "their own tools plus the current stage's, and the session, workflow and health tools. "
                    + "Returns the tools added and removed, in tool-list order. Other sessions are not affected.");

    public record Arguments(
            @Doc("The workflow to switch to; arango_list_workflows describes each.") @Required @Alias("workflow")
            @OneOf({"baseline", "data_analysis", "graph_modeling", "bulk_operations", "schema_validation", "full"})
            String context) {
    }

    public record Result(
            @Doc("The workflow before the switch.") String from_context,
            @Doc("The workflow now active.") String to_context,
            @Doc("What the new workflow is for.") String description,
            @Doc("Tools the session sees now and did not see before, in tool-list order.") List<String> tools_added,
            @Doc("Tools the session saw before and no longer sees, in tool-list order.") List<String> tools_removed,
            @Doc("Every tool the session sees now, in tool-list order.") List<String> active_tools,
            @Doc("How many tools the session sees now.") int total_tools) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments arguments, ToolContext context) {
        Workflow target = context.catalog().workflows().workflow(arguments.context());
        String from = context.session().state().workflow();
        List<String> before = ToolNames.visible(context.catalog());
        context.session().update(s -> s.withWorkflow(target.id()));
        List<String> after = ToolNames.visible(context.catalog());
        return new Result(from, target.id(), target.description(), ToolNames.minus(after, before),
                ToolNames.minus(before, after), after, after.size());
    }

    @Override
    public String text(Result result) {
        return "Workflow " + result.from_context() + " -> " + result.to_context() + ": "
                + result.tools_added().size() + " tools added, " + result.tools_removed().size() + " removed; "
                + result.total_tools() + " tools available.";
    }
}
