package io.arangomcp.app.cli;

import io.arangomcp.app.Application;
import io.arangomcp.app.config.ServerSettings;
import io.arangomcp.app.config.StartupPlan;
import io.arangomcp.app.connect.ConnectionProber;
import io.arangomcp.app.connect.CredentialResolver;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.resolution.DatabaseResolver;
import io.arangomcp.domain.resolution.LevelReport;
import io.arangomcp.domain.resolution.Resolution;
import io.arangomcp.ports.out.config.ConfigRepository;
import io.arangomcp.ports.spi.ConnectionProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * CLI: {@code db status}: where the registry comes from and how a new session's database resolves, level by
 * level, with warnings about variables that are missing or name no key, then whether each database answers
 * (its server version, or why not).
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the registry source, how database resolution works out, and which databases answer.",
        footer = {"", "Examples:", "  arango-mcp db status", "  arango-mcp db status --no-probe"})
final class DbStatusCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ServerOptions options;

    @Option(names = "--no-probe", description = "Do not connect to the databases.")
    boolean noProbe;

    DbStatusCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        ConfigRepository repository = context.launcher().config(options.config, context.environment(),
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
        if (!noProbe && !registry.isEmpty()) {
            probe(registry);
        }
        return ExitCodes.OK;
    }

    private void probe(DatabaseRegistry registry) {
        ServerSettings settings = options.settings(context);
        StartupPlan plan = context.launcher().plan(settings, context.environment());
        try (Application app = context.launcher().start(settings, context.environment(), plan)) {
            context.out().println("Connections (" + plan.backend().id() + " backend):");
            for (ConnectionProbe probe : app.get(ConnectionProber.class).probeAll(registry.profiles())) {
                context.out().printf("  %-16s %s%n", probe.key(), probe.reachable()
                        ? "✓ version " + probe.version() + " (" + probe.latencyMillis() + " ms)"
                        : "✗ " + probe.errorCode() + ": " + probe.error());
            }
        }
    }

    private static String orNotSet(String s) {
        return s == null ? "Not set" : s;
    }
}
