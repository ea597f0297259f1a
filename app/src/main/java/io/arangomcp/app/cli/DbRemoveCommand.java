package io.arangomcp.app.cli;

import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.DatabaseRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * CLI: {@code db remove KEY}: removes a database from the registry (the database itself is untouched).
 */
@Command(name = "remove", aliases = "rm", mixinStandardHelpOptions = true,
        description = "Remove a database from the registry (the database on the server is not touched).",
        footer = {"", "Examples:", "  arango-mcp db remove staging", "  arango-mcp db rm staging --yes"})
final class DbRemoveCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "KEY", description = "The registry key to remove.")
    String key;

    @Mixin
    DbOptions options;

    DbRemoveCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() throws IOException {
        DatabaseRegistry current = options.repository(context).loadFile();
        DatabaseProfile p = current.require(key);
        List<String> lines = new ArrayList<>();
        lines.add(ProfileText.summary(p));
        if (key.equals(current.defaultKey())) {
            lines.add("default_database cleared (it was '" + key + "')");
        }
        return new RegistryEditor(context, options).apply("db remove", "REMOVE", lines,
                registry -> registry.withRemoved(key));
    }
}
