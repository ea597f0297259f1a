package io.arangomcp.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * CLI: {@code tools}: list and run tools without an MCP client.
 */
@Command(name = "tools", mixinStandardHelpOptions = true, description = "List and run tools without an MCP client.",
        synopsisSubcommandLabel = "(list | call)")
final class ToolsCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a sub-command is required");
    }
}
