package io.arangomcp.toolpacks.workflow.tools.meta;

import io.arangomcp.domain.session.SessionState;
import io.arangomcp.ports.in.ToolDescriptor;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Alias;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.toolpacks.workflow.WorkflowPack;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tool: hides tools from the calling session until it switches workflow.
 */
public final class UnloadToolsTool implements Tool<UnloadToolsTool.Arguments, UnloadToolsTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.server("arango_unload_tools", "Unload tools",
            WorkflowPack.CATEGORY, OperationKind.META,
            "Hides the named tools from this session's tool list (the client is notified) to save context; "
                    + "calling a hidden tool fails with TOOL_NOT_AVAILABLE. Switching workflow, even to the current "
                    + "one, loads them all again. The workflow tools themselves cannot be unloaded. Unknown names "
                    + "are reported, not refused.");

    public record Arguments(
            @Doc("Names of the tools to hide, e.g. [\"arango_backup\"].") @Required @Alias("toolNames")
            List<String> tool_names) {
    }

    public record Result(
            @Doc("The given tools that are now hidden, in the order given.") List<String> unloaded,
            @Doc("Names that are not registered tools.") List<String> not_found,
            @Doc("Workflow tools, which stay so the session can change its view again.") List<String> not_unloadable,
            @Doc("Every tool this session has hidden, in the order it hid them.") List<String> unloaded_tools,
            @Doc("How many tools this session has hidden.") int total_unloaded,
            @Doc("How many tools the session sees now.") int total_visible) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments arguments, ToolContext context) {
        List<String> unloaded = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        List<String> protectedTools = new ArrayList<>();
        for (String name : new LinkedHashSet<>(arguments.tool_names())) {
            Optional<ToolDescriptor> tool = context.catalog().find(name);
            if (tool.isEmpty()) {
                notFound.add(name);
            } else if (WorkflowPack.CATEGORY.equals(tool.get().spec().category())) {
                protectedTools.add(name);
            } else {
                unloaded.add(name);
            }
        }
        SessionState after = unloaded.isEmpty() ? context.session().state()
                : context.session().update(s -> s.withUnloaded(union(s.unloadedTools(), unloaded)));
        List<String> all = List.copyOf(after.unloadedTools());
        return new Result(unloaded, notFound, protectedTools, all, all.size(),
                context.catalog().visibleTools().size());
    }

    private static Set<String> union(Set<String> current, List<String> more) {
        Set<String> all = new LinkedHashSet<>(current);
        all.addAll(more);
        return all;
    }
}
