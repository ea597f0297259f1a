package io.arangomcp.app.cli;

import io.arangomcp.domain.config.DatabaseRegistry;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * CLI: {@code db default [KEY | --clear]}: shows, sets or clears {@code default_database}.
 */
@Command(name = "default", mixinStandardHelpOptions = true,
        description = "Show, set or clear the default database (resolution level 3).",
        footer = {"", "Examples:", "  arango-mcp db default", "  arango-mcp db default prod", "  arango-mcp db default --clear"})
final class DbDefaultCommand implements Callable<Integer> {
    private final CliContext context;

    @ArgGroup(exclusive = true)
    Choice choice;

    /** Either a key or {@code --clear}. */
    static final class Choice {
        @Parameters(index = "0", paramLabel = "KEY", description = "The key to make the default.")
        String key;

        @Option(names = "--clear", description = "Remove default_database.")
        boolean clear;
    }

    @Mixin
    DbOptions options;

    DbDefaultCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() throws IOException {
        DatabaseRegistry current = options.repository(context).loadFile();
        if (choice == null) {
            context.out().println(current.defaultKey() == null ? "No default database is set."
                    : "Default database: " + current.defaultKey());
            return ExitCodes.OK;
        }
        String key = choice.clear ? null : choice.key;
        if (key != null) {
            current.require(key);
        }
        String line = "default_database: " + (current.defaultKey() == null ? "(not set)" : current.defaultKey())
                + " → " + (key == null ? "(not set)" : key);
        return new RegistryEditor(context, options).apply("db default", "UPDATE", List.of(line),
                registry -> registry.withDefault(key));
    }
}
