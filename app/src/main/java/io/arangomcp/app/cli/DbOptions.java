package io.arangomcp.app.cli;

import io.arangomcp.ports.out.config.ConfigRepository;
import picocli.CommandLine.Option;

/**
 * CLI: the options of the registry-editing {@code db} commands.
 */
final class DbOptions {
    @Option(names = {"--config", "-c"}, paramLabel = "FILE",
            description = "Registry file. Default: $ARANGO_DATABASES_CONFIG_FILE, else config/databases.yaml.")
    String config;

    @Option(names = "--dry-run", description = "Show what would change; change nothing.")
    boolean dryRun;

    @Option(names = {"--yes", "-y"}, description = "Do not ask for confirmation.")
    boolean yes;

    ConfigRepository repository(CliContext context) {
        return context.launcher().config(config, context.environment(), context.workingDirectory());
    }
}
