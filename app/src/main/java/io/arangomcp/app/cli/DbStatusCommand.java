package io.arangomcp.app.cli;

import io.arangomcp.app.connect.CredentialResolver;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.resolution.DatabaseResolver;
import io.arangomcp.domain.resolution.LevelReport;
import io.arangomcp.domain.resolution.Resolution;
import io.arangomcp.ports.out.config.ConfigRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * CLI: {@code db status}: where the registry comes from and how a new session's database resolves, level by
 * level, with warnings about variables that are missing or name no key.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the registry source and how database resolution works out.",
        footer = {"", "Example:", "  arango-mcp db status"})
final class DbStatusCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = {"--config", "-c"}, paramLabel = "FILE", description = "Registry file.")
    String config;

    DbStatusCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        ConfigRepository repository = context.launcher().config(config, context.environment(),
                context.workingDirectory());
        DatabaseRegistry registry = repository.load();
        DatabaseResolver resolver = new DatabaseResolver(context.environment().get("ARANGO_DB"));
        var out = context.out();
        out.println("Configuration file: " + repository.location()
                + (repository.fileExists() ? "" : " (does not exist)"));
        out.println("Source: " + registry.source().reportName());
        out.println("Default database (from config): " + orNotSet(registry.defaultKey()));
        out.println("ARANGO_DB: " + orNotSet(resolver.envArangoDb()));
        out.println("Configured databases: " + registry.size()
                + (registry.isEmpty() ? "" : " (" + String.join(", ", registry.keys()) + ")"));
        out.println("Resolution for a new session (first configured value wins):");
        Resolution resolution = resolver.resolve(registry, null, null);
        for (LevelReport level : resolution.levels()) {
            out.printf("  %d. %-62s %s%n", level.level().number(), level.level().description(),
                    level.value() == null ? "-" : level.value() + " [" + level.outcome().name().toLowerCase() + "]");
        }
        out.println("Resolves to: " + (resolution.resolved() ? resolution.key() + " (level "
                + resolution.decidedBy().number() + ")" : "nothing: no database is configured"));
        resolver.startupWarning(registry).ifPresent(w -> out.println("Warning: " + w));
        List<String> missing = new CredentialResolver(context.environment().asMap())
                .missingVariables(registry.profiles());
        for (String variable : missing) {
            out.println("Warning: environment variable " + variable + " is not set; connecting will fail.");
        }
        return ExitCodes.OK;
    }

    private static String orNotSet(String s) {
        return s == null ? "Not set" : s;
    }
}
