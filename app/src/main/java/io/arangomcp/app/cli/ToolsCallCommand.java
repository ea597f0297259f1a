package io.arangomcp.app.cli;

import io.arangomcp.app.Application;
import io.arangomcp.app.config.ServerSettings;
import io.arangomcp.app.json.JsonText;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.in.CallHooks;
import io.arangomcp.ports.in.Caller;
import io.arangomcp.ports.in.ToolCallResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * CLI: {@code tools call NAME [JSON]}: runs one tool through the same pipeline as MCP calls and prints its
 * structured result (or its error object) as JSON.
 */
@Command(name = "call", mixinStandardHelpOptions = true, description = "Run one tool and print its result as JSON.",
        footer = {"", "Examples:",
                "  arango-mcp tools call arango_list_available_databases",
                "  arango-mcp tools call arango_query '{\"query\": \"RETURN 1 + 1\"}' --backend memory",
                "  echo '{\"collection\": \"users\"}' | arango-mcp tools call arango_list_indexes -",
                "", "Exit status: 0 on success, 1 when the tool reports an error."})
final class ToolsCallCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "NAME", description = "The tool name.")
    String name;

    @Parameters(index = "1", arity = "0..1", paramLabel = "JSON",
            description = "The arguments as a JSON object; '-' reads them from stdin. Default: {}.")
    String arguments;

    @Mixin
    ServerOptions options;

    ToolsCallCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() throws IOException {
        JsonText json = new JsonText();
        Map<String, Object> parsed = parseArguments(json);
        ServerSettings settings = options.settings(context);
        try (Application app = context.launcher().start(settings, context.environment(),
                context.launcher().plan(settings, context.environment()))) {
            Caller caller = Caller.trusted("cli-" + UUID.randomUUID(), "cli");
            ToolCallResult result = app.tools().call(caller, name, parsed, CallHooks.NONE);
            if (result instanceof ToolCallResult.Success success) {
                context.out().println(json.pretty(success.structured()));
                return ExitCodes.OK;
            }
            context.err().println(json.pretty(Map.of("error",
                    ((ToolCallResult.Failure) result).error().toJson())));
            return ExitCodes.ERROR;
        }
    }

    private Map<String, Object> parseArguments(JsonText json) throws IOException {
        String text = arguments;
        if ("-".equals(text)) {
            text = new String(context.stdin().readAllBytes(), StandardCharsets.UTF_8);
        }
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            return json.parseObject(text);
        } catch (IOException | IllegalArgumentException e) {
            throw ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS,
                            "the arguments are not a JSON object: " + e.getMessage().lines().findFirst().orElse(""))
                    .hint("Quote the JSON for your shell, e.g. '{\"query\": \"RETURN 1\"}'.")
                    .build();
        }
    }
}
