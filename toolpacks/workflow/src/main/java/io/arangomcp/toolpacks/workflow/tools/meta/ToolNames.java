package io.arangomcp.toolpacks.workflow.tools.meta;

import io.arangomcp.domain.workflow.Workflow;
import io.arangomcp.ports.in.ToolDescriptor;
import io.arangomcp.ports.spi.ToolCatalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists of tool names as this pack reports them: always in registration order, so answers never depend on set
 * iteration order.
 */
final class ToolNames {
    private ToolNames() {
    }

    /** The names of the tools the calling session sees now. */
    static List<String> visible(ToolCatalog catalog) {
        return names(catalog.visibleTools());
    }

    /** The names of the given tools, in their order. */
    static List<String> names(List<ToolDescriptor> tools) {
        return tools.stream().map(ToolDescriptor::name).toList();
    }

    /** The elements of {@code from} that are not in {@code minus}, in the order of {@code from}. */
    static List<String> minus(List<String> from, List<String> minus) {
        Set<String> excluded = new HashSet<>(minus);
        List<String> out = new ArrayList<>();
        for (String name : from) {
            if (!excluded.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** The registered tools a workflow offers by itself (every tool for a catch-all one), in registration order. */
    static List<String> offeredBy(Workflow workflow, ToolCatalog catalog) {
        return registered(catalog, workflow.allTools() ? null : workflow.tools());
    }

    /** The registered tools among {@code names} ({@code null}: all), in registration order. */
    static List<String> registered(ToolCatalog catalog, List<String> names) {
        Set<String> wanted = names == null ? null : new HashSet<>(names);
        return catalog.tools().stream().map(ToolDescriptor::name)
                .filter(n -> wanted == null || wanted.contains(n)).toList();
    }

    /** The tool names per category, categories in order of first appearance, tools in registration order. */
    static Map<String, List<String>> byCategory(List<ToolDescriptor> tools) {
        Map<String, List<String>> categories = new LinkedHashMap<>();
        for (ToolDescriptor tool : tools) {
            categories.computeIfAbsent(tool.spec().category(), c -> new ArrayList<>()).add(tool.name());
        }
        return categories;
    }
}
