package io.arangomcp.app.cli;

import io.arangomcp.app.Application;
import io.arangomcp.app.config.ServerSettings;
import io.arangomcp.app.json.JsonText;
import io.arangomcp.ports.in.ToolDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * CLI: {@code tools list}.
 */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the registered tools.",
        footer = {"", "Examples:", "  arango-mcp tools list", "  arango-mcp tools list --packs core-data --json"})
final class ToolsListCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ServerOptions options;

    @Option(names = "--json", description = "Print the full descriptors (schemas included) as JSON.")
    boolean json;

    ToolsListCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        ServerSettings settings = options.settings(context);
        try (Application app = context.launcher().start(settings, context.environment(),
                context.launcher().plan(settings, context.environment()))) {
            List<ToolDescriptor> tools = app.tools().registeredTools();
            if (json) {
                List<Map<String, Object>> out = new ArrayList<>();
                for (ToolDescriptor d : tools) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", d.name());
                    m.put("title", d.spec().title());
                    m.put("pack", d.pack());
                    m.put("category", d.spec().category());
                    m.put("kind", d.kind().name().toLowerCase());
                    m.put("databaseScoped", d.spec().databaseScoped());
                    m.put("description", d.spec().description());
                    m.put("inputSchema", d.inputSchema());
                    m.put("outputSchema", d.outputSchema());
                    out.add(m);
                }
                context.out().println(new JsonText().pretty(out));
            } else {
                int width = tools.stream().mapToInt(d -> d.name().length()).max().orElse(4);
                for (ToolDescriptor d : tools) {
                    context.out().printf("%-" + width + "s  %-6s  %-14s  %s%n", d.name(),
                            d.kind().name().toLowerCase(), d.pack(), d.spec().title());
                }
                context.out().println(tools.size() + " tools");
            }
        }
        return ExitCodes.OK;
    }
}
