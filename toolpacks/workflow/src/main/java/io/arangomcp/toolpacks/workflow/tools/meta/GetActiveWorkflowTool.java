package io.arangomcp.toolpacks.workflow.tools.meta;

import io.arangomcp.domain.session.SessionState;
import io.arangomcp.domain.workflow.Workflow;
import io.arangomcp.ports.spi.NoArguments;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.toolpacks.workflow.WorkflowPack;

import java.util.List;

/**
 * Tool: the calling session's workflow and stage, and the tools it sees because of them.
 */
public final class GetActiveWorkflowTool implements Tool<NoArguments, GetActiveWorkflowTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.server("arango_get_active_workflow", "Get active workflow",
            WorkflowPack.CATEGORY, OperationKind.META,
            "Tells which workflow and stage this session is in, the workflow's own tools, and every tool the "
                    + "session sees now (the workflow's and the stage's tools, the session tools, minus unloaded "
                    + "ones), in tool-list order.");

    public record Result(
            @Doc("The session's workflow.") String active_context,
            @Doc("What the workflow is for.") String description,
            @Doc("The registered tools the workflow itself offers (every tool for 'full').") List<String> tools,
            @Doc("How many tools the workflow itself offers.") int tool_count,
            @Doc("The session's lifecycle stage.") String stage,
            @Doc("Every tool the session sees now, in tool-list order.") List<String> visible_tools,
            @Doc("How many tools the session sees now.") int visible_tool_count,
            @Doc("Tools this session unloaded, in the order it unloaded them.") List<String> unloaded_tools) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(NoArguments arguments, ToolContext context) {
        SessionState state = context.session().state();
        Workflow workflow = context.catalog().workflows().workflow(state.workflow());
        List<String> offered = ToolNames.offeredBy(workflow, context.catalog());
        List<String> visible = ToolNames.visible(context.catalog());
        return new Result(workflow.id(), workflow.description(), offered, offered.size(), state.stage(), visible,
                visible.size(), List.copyOf(state.unloadedTools()));
    }
}
