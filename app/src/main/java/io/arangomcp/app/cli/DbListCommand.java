package io.arangomcp.app.cli;

import io.arangomcp.app.json.JsonText;
import io.arangomcp.domain.config.ConfigSource;
import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.ports.out.config.ConfigRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * CLI: {@code db list}: shows the registered databases (from the file, else from the ARANGO_* variables).
 */
@Command(name = "list", aliases = "ls", mixinStandardHelpOptions = true, description = "List the registered databases.",
        footer = {"", "Examples:", "  arango-mcp db list", "  arango-mcp db list --json"})
final class DbListCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = {"--config", "-c"}, paramLabel = "FILE", description = "Registry file.")
    String config;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    DbListCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        ConfigRepository repository = context.launcher().config(config, context.environment(),
                context.workingDirectory());
        DatabaseRegistry registry = repository.load();
        if (json) {
            List<Object> out = registry.profiles().stream()
                    .map(p -> (Object) ProfileText.json(p, p.key().equals(registry.defaultKey()))).toList();
            context.out().println(new JsonText().pretty(out));
            return ExitCodes.OK;
        }
        if (registry.source() == ConfigSource.NONE) {
            context.out().println("No configuration: " + repository.location()
                    + " does not exist and no ARANGO_* variable is set.");
            context.out().println("Add a database with 'arango-mcp db add KEY --url … --database … --username …',");
            context.out().println("or run 'arango-mcp serve --backend memory' to use the in-memory backend.");
            return ExitCodes.OK;
        }
        if (registry.source() == ConfigSource.ENVIRONMENT) {
            context.out().println("No file at " + repository.location() + "; using the ARANGO_* environment variables:");
        } else if (registry.isEmpty()) {
            context.out().println("No databases configured in " + repository.location() + ".");
            return ExitCodes.OK;
        } else {
            context.out().println("Configured databases (" + registry.size() + "):");
            context.out().println("Configuration file: " + repository.location());
        }
        if (registry.defaultKey() != null) {
            context.out().println("Default database: " + registry.defaultKey());
        }
        for (DatabaseProfile p : registry.profiles()) {
            context.out().println();
            context.out().println("  " + p.key() + (p.key().equals(registry.defaultKey()) ? " (default)" : ""));
            ProfileText.details(p).forEach(line -> context.out().println("    " + line));
        }
        return ExitCodes.OK;
    }
}
