package io.arangomcp.app.cli;

import picocli.CommandLine.Command;

/**
 * CLI: {@code auth}: the command group for HTTP credentials.
 */
@Command(name = "auth", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Manage credentials of the HTTP transport.")
final class AuthCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a sub-command is required");
    }
}
