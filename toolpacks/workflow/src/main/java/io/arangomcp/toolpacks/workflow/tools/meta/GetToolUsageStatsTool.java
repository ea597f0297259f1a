package io.arangomcp.toolpacks.workflow.tools.meta;

import io.arangomcp.domain.session.SessionState;
import io.arangomcp.domain.session.ToolUsage;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.OneOf;
import io.arangomcp.toolpacks.workflow.WorkflowPack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tool: how often and when tools were used, by this session or summed over all live sessions.
 */
public final class GetToolUsageStatsTool implements Tool<GetToolUsageStatsTool.Arguments, GetToolUsageStatsTool.Result> {
    static final String SESSION = "session";
    static final String ALL_SESSIONS = "all_sessions";
    private static final ToolSpec SPEC = ToolSpec.server("arango_get_tool_usage_stats", "Get tool usage stats",
            WorkflowPack.CATEGORY, OperationKind.META,
            "Reports tool usage: for each tool used, when it was first and last used and how many calls were "
                    + "recorded (every call that reached the tool, failed ones included; this call counts from the "
                    + "next one). scope 'session' (default) covers this session, in first-use order; "
                    + "'all_sessions' sums over every live session of this server, for operators.");

    public record Arguments(
            @Doc("Whose usage: this session's, or summed over every live session.") @Default(SESSION)
            @OneOf({SESSION, ALL_SESSIONS}) String scope) {
    }

    /** One tool's usage. */
    public record Usage(
            @Doc("First recorded call, ISO-8601 UTC.") String first_used,
            @Doc("Latest recorded call, ISO-8601 UTC.") String last_used,
            @Doc("Number of recorded calls.") long use_count) {
    }

    public record Result(
            @Doc("The scope reported: 'session' or 'all_sessions'.") String scope,
            @Doc("This session's stage.") String current_stage,
            @Doc("Usage per tool, in first-use order.") Map<String, Usage> tool_usage,
            @Doc("How many different tools were used.") int total_tools_used,
            @Doc("How many calls were recorded in all.") long total_calls,
            @Doc("The registered tools of this session's stage, in tool-list order.") List<String> active_stage_tools) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments arguments, ToolContext context) {
        SessionState state = context.session().state();
        Map<String, ToolUsage> usage = ALL_SESSIONS.equals(arguments.scope())
                ? context.catalog().usageAcrossSessions() : state.usage();
        List<Map.Entry<String, ToolUsage>> entries = new ArrayList<>(usage.entrySet());
        // Summed usage comes from many sessions; first-use order keeps it stable there too.
        entries.sort(Comparator.comparing((Map.Entry<String, ToolUsage> e) -> e.getValue().firstUsed())
                .thenComparing(Map.Entry::getKey));
        Map<String, Usage> out = new LinkedHashMap<>();
        long calls = 0;
        for (Map.Entry<String, ToolUsage> e : entries) {
            ToolUsage u = e.getValue();
            out.put(e.getKey(), new Usage(u.firstUsed().toString(), u.lastUsed().toString(), u.count()));
            calls += u.count();
        }
        List<String> stageTools = context.catalog().workflows().findStage(state.stage())
                .map(s -> ToolNames.registered(context.catalog(), s.tools())).orElse(List.of());
        return new Result(arguments.scope(), state.stage(), out, out.size(), calls, stageTools);
    }
}
