package io.arangomcp.toolpacks.workflow.tools.meta;

import io.arangomcp.domain.workflow.Stage;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.OneOf;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.toolpacks.workflow.WorkflowPack;

import java.util.List;

/**
 * Tool: moves the calling session to another lifecycle stage, which adds that stage's tools to its view.
 */
public final class AdvanceWorkflowStageTool
        implements Tool<AdvanceWorkflowStageTool.Arguments, AdvanceWorkflowStageTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.server("arango_advance_workflow_stage", "Advance workflow stage",
            WorkflowPack.CATEGORY, OperationKind.META,
            "Moves this session to a lifecycle stage (any order, going back is allowed). Outside 'full', the "
                    + "session sees its workflow's tools plus the stage's, so its tool list changes at once (the "
                    + "client is notified). Returns the tools loaded and unloaded by the move, in tool-list order.");

    public record Arguments(
            @Doc("The stage to move to: setup (create collections, graphs, schemas, indexes), data_loading (bulk "
                    + "and validated inserts), analysis (queries, traversals, statistics), cleanup (backups and "
                    + "integrity checks).") @Required @OneOf({"setup", "data_loading", "analysis", "cleanup"})
            String stage) {
    }

    public record Result(
            @Doc("The stage before the move.") String from_stage,
            @Doc("The stage now active.") String to_stage,
            @Doc("What the new stage is for.") String description,
            @Doc("The registered tools the new stage offers, in tool-list order.") List<String> stage_tools,
            @Doc("Tools the session sees now and did not see before.") List<String> tools_loaded,
            @Doc("Tools the session saw before and no longer sees.") List<String> tools_unloaded,
            @Doc("Every tool the session sees now, in tool-list order.") List<String> active_tools,
            @Doc("How many tools the session sees now.") int total_active_tools) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments arguments, ToolContext context) {
        Stage target = context.catalog().workflows().stage(arguments.stage());
        String from = context.session().state().stage();
        List<String> before = ToolNames.visible(context.catalog());
        context.session().update(s -> s.withStage(target.id()));
        List<String> after = ToolNames.visible(context.catalog());
        return new Result(from, target.id(), target.description(),
                ToolNames.registered(context.catalog(), target.tools()), ToolNames.minus(after, before),
                ToolNames.minus(before, after), after, after.size());
    }

    @Override
    public String text(Result result) {
        return "Stage " + result.from_stage() + " -> " + result.to_stage() + ": " + result.tools_loaded().size()
                + " tools loaded, " + result.tools_unloaded().size() + " unloaded; " + result.total_active_tools()
                + " tools available.";
    }
}
