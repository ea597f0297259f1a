package io.arangomcp.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * CLI: {@code db}: manage the database registry (the YAML file).
 */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Manage the database registry (config/databases.yaml).",
        synopsisSubcommandLabel = "(add | remove | list | test | status | update | default)")
final class DbCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a sub-command is required");
    }
}
