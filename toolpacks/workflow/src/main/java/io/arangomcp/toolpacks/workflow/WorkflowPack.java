package io.arangomcp.toolpacks.workflow;

import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolPack;
import io.arangomcp.toolpacks.workflow.tools.meta.AdvanceWorkflowStageTool;
import io.arangomcp.toolpacks.workflow.tools.meta.GetActiveWorkflowTool;
import io.arangomcp.toolpacks.workflow.tools.meta.GetToolUsageStatsTool;
import io.arangomcp.toolpacks.workflow.tools.meta.ListToolsByCategoryTool;
import io.arangomcp.toolpacks.workflow.tools.meta.ListWorkflowsTool;
import io.arangomcp.toolpacks.workflow.tools.meta.SearchToolsTool;
import io.arangomcp.toolpacks.workflow.tools.meta.SwitchWorkflowTool;
import io.arangomcp.toolpacks.workflow.tools.meta.UnloadToolsTool;

import java.util.List;

/**
 * Tool pack {@code workflow}: the session's workflow and stage (which decide the tools it sees), unloading tools,
 * finding tools, and tool usage.
 */
public final class WorkflowPack implements ToolPack {
    /** The category of every tool in this pack (the reference documentation's name for them). */
    public static final String CATEGORY = "mcp_patterns";

    @Override
    public String id() {
        return "workflow";
    }

    @Override
    public String description() {
        return "Switches a session's workflow and stage, which decide the tools it sees, unloads tools, finds tools "
                + "by keyword or category, and reports tool usage.";
    }

    @Override
    public List<Tool<?, ?>> tools() {
        // The reference server's registration order.
        return List.of(new SearchToolsTool(), new ListToolsByCategoryTool(), new SwitchWorkflowTool(),
                new GetActiveWorkflowTool(), new ListWorkflowsTool(), new AdvanceWorkflowStageTool(),
                new GetToolUsageStatsTool(), new UnloadToolsTool());
    }
}
