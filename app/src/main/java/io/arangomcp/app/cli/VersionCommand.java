package io.arangomcp.app.cli;

import io.arangomcp.app.Version;
import picocli.CommandLine.Command;

import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * CLI: {@code version}.
 */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the version.")
final class VersionCommand implements Callable<Integer> {
    private final CliContext context;

    VersionCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        context.out().println("arango-mcp " + Version.current() + " (Java " + Runtime.version() + ")");
        return ExitCodes.OK;
    }
}
