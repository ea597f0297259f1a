package io.arangomcp.toolpacks.workflow.tools.meta;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.toolpacks.workflow.WorkflowPack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tool: the registered tools grouped by category.
 */
public final class ListToolsByCategoryTool
        implements Tool<ListToolsByCategoryTool.Arguments, ListToolsByCategoryTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.server("arango_list_tools_by_category", "List tools by category",
            WorkflowPack.CATEGORY, OperationKind.META,
            "Lists every registered tool (plug-ins' included) grouped by category, in tool-list order: one category "
                    + "when 'category' is given, else all of them. Categories include core_data, indexing, "
                    + "validation, schema, query, graph_basic, graph_advanced, aliases, health, mcp_patterns and "
                    + "multi_tenancy. Fails with INVALID_ARGUMENTS naming the known categories for an unknown one.");

    public record Arguments(
            @Doc("The category to list; leave it out to list every category.") String category) {
    }

    /** One category. */
    public record CategoryEntry(
            @Doc("The category's tools, in tool-list order.") List<String> tools,
            @Doc("How many tools the category has.") int count) {
    }

    public record Result(
            @Doc("The category asked for; only when one was given.") String category,
            @Doc("Its tools, in tool-list order; only when a category was given.") List<String> tools,
            @Doc("How many tools it has; only when a category was given.") Integer tool_count,
            @Doc("Every category with its tools, in order of first appearance; only without 'category'.")
            Map<String, CategoryEntry> categories,
            @Doc("How many tools are registered; only without 'category'.") Integer total_tools) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments arguments, ToolContext context) {
        Map<String, List<String>> byCategory = ToolNames.byCategory(context.catalog().tools());
        String wanted = arguments.category();
        if (wanted != null && !wanted.isBlank()) {
            List<String> tools = byCategory.get(wanted);
            if (tools == null) {
                throw ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS, "unknown category '" + wanted + "'")
                        .detail("available_categories", List.copyOf(byCategory.keySet()))
                        .hint("Known categories: " + String.join(", ", byCategory.keySet()) + ".")
                        .build();
            }
            return new Result(wanted, tools, tools.size(), null, null);
        }
        Map<String, CategoryEntry> all = new LinkedHashMap<>();
        int total = 0;
        for (Map.Entry<String, List<String>> e : byCategory.entrySet()) {
            all.put(e.getKey(), new CategoryEntry(e.getValue(), e.getValue().size()));
            total += e.getValue().size();
        }
        return new Result(null, null, null, all, total);
    }
}
