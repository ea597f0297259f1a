package io.arangomcp.app.pipeline;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.domain.session.SessionState;
import io.arangomcp.domain.workflow.Workflow;
import io.arangomcp.domain.workflow.WorkflowCatalog;
import io.arangomcp.ports.in.ToolDescriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Pipeline: the visibility policy of workflows. A session sees a tool unless it unloaded it, or its workflow
 * governs the tool and neither the workflow nor the current stage offers it. The rules, in order:
 * <ol>
 *   <li>a tool the session unloaded is hidden;</li>
 *   <li>in a catch-all workflow ({@code full}) every other tool is visible;</li>
 *   <li>tools that work on no database (workflow, focus, resolution and health tools) are visible, so that a
 *       session can always change its view again;</li>
 *   <li>a tool that no workflow or stage names (a plug-in's, say) is visible;</li>
 *   <li>any other tool is visible when the workflow or the stage offers it (their union).</li>
 * </ol>
 * An alias counts as the tool it aliases in rules 4 and 5. A session whose workflow id the catalog does not know
 * sees every tool rather than none.
 */
public final class WorkflowVisibility implements ToolVisibility {
    private final WorkflowCatalog workflows;

    public WorkflowVisibility(WorkflowCatalog workflows) {
        this.workflows = Objects.requireNonNull(workflows, "workflows is null");
    }

    @Override
    public boolean isVisible(ToolDescriptor tool, SessionState session) {
        if (session.unloadedTools().contains(tool.name())) {
            return false;
        }
        Optional<Workflow> workflow = workflows.findWorkflow(session.workflow());
        if (workflow.isEmpty() || workflow.get().allTools() || !tool.spec().databaseScoped()) {
            return true;
        }
        String governed = governedName(tool);
        if (!workflows.mentions(governed) || workflow.get().offers(governed)) {
            return true;
        }
        return workflows.findStage(session.stage()).map(s -> s.tools().contains(governed)).orElse(false);
    }

    @Override
    public ArangoMcpException hidden(ToolDescriptor tool, SessionState session) {
        if (session.unloadedTools().contains(tool.name())) {
            return ArangoMcpException.builder(ErrorCode.TOOL_NOT_AVAILABLE,
                            "tool '" + tool.name() + "' was unloaded by this session")
                    .detail("tool", tool.name())
                    .detail("workflow", session.workflow())
                    .detail("unloaded", true)
                    .hint("Switch workflow with arango_switch_workflow (even to the current one, '"
                            + session.workflow() + "') to load every unloaded tool again.")
                    .build();
        }
        String governed = governedName(tool);
        List<String> byWorkflow = workflows.workflowsOffering(governed);
        List<String> byStage = workflows.stagesOffering(governed);
        List<String> ways = new ArrayList<>();
        for (String w : byWorkflow) {
            ways.add("workflow '" + w + "'");
        }
        for (String s : byStage) {
            ways.add("stage '" + s + "'");
        }
        String catchAll = workflows.workflows().stream().filter(Workflow::allTools).map(Workflow::id)
                .findFirst().orElse(null);
        if (catchAll != null) {
            ways.add("workflow '" + catchAll + "'");
        }
        return ArangoMcpException.builder(ErrorCode.TOOL_NOT_AVAILABLE, "tool '" + tool.name()
                        + "' is not available in workflow '" + session.workflow() + "' at stage '"
                        + session.stage() + "'; it is offered by " + String.join(", ", ways))
                .detail("tool", tool.name())
                .detail("workflow", session.workflow())
                .detail("stage", session.stage())
                .detail("offered_by_workflows", byWorkflow)
                .detail("offered_by_stages", byStage)
                .hint(hint(byWorkflow, byStage, catchAll))
                .build();
    }

    private static String hint(List<String> byWorkflow, List<String> byStage, String catchAll) {
        List<String> steps = new ArrayList<>();
        String workflow = byWorkflow.isEmpty() ? catchAll : byWorkflow.get(0);
        if (workflow != null) {
            steps.add("arango_switch_workflow with context '" + workflow + "'"
                    + (workflow.equals(catchAll) || catchAll == null ? "" : " (or '" + catchAll + "' for every tool)"));
        }
        if (!byStage.isEmpty()) {
            steps.add("arango_advance_workflow_stage with stage '" + byStage.get(0) + "'");
        }
        return "Call " + String.join(", or ", steps) + ".";
    }

    /** The name workflows know the tool by: an alias is governed like the tool it aliases. */
    private static String governedName(ToolDescriptor tool) {
        return tool.spec().aliasOf() != null ? tool.spec().aliasOf() : tool.name();
    }
}
