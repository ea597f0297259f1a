package io.arangomcp.app.cli;

import io.arangomcp.domain.error.ArangoMcpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * CLI: the command tree and its error handling. Every failure a user can cause ends with one clear message on
 * stderr and exit code 1; usage errors exit 2; a declined confirmation exits 3.
 */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    /** The root command of {@code arango-mcp}. */
    @Command(name = "arango-mcp", mixinStandardHelpOptions = true,
            versionProvider = Cli.VersionProvider.class,
            description = "An MCP server for ArangoDB: many agents, many databases, pluggable tool packs.",
            synopsisSubcommandLabel = "COMMAND",
            footer = {"", "Examples:",
                    "  arango-mcp serve --backend memory --sample-data      # try it without a database",
                    "  arango-mcp serve --transport http --port 8000        # many clients over HTTP",
                    "  arango-mcp db add prod --url http://localhost:8529 --database app --username app --password-env PROD_PW",
                    "  arango-mcp tools list",
                    "  arango-mcp tools call arango_list_collections --backend memory --sample-data",
                    "  arango-mcp emulator --port 8529 --sample-data          # an ArangoDB stand-in on loopback",
                    "", "Exit status: 0 ok, 1 error, 2 usage error, 3 cancelled."})
    static final class Root implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
        }
    }

    /** The version for {@code --version}. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"arango-mcp " + io.arangomcp.app.Version.current()};
        }
    }

    /** Builds the command line for a context. */
    public static CommandLine commandLine(CliContext context) {
        CommandLine db = new CommandLine(new DbCommand())
                .addSubcommand(new DbAddCommand(context))
                .addSubcommand(new DbRemoveCommand(context))
                .addSubcommand(new DbListCommand(context))
                .addSubcommand(new DbTestCommand(context))
                .addSubcommand(new DbStatusCommand(context))
                .addSubcommand(new DbUpdateCommand(context))
                .addSubcommand(new DbDefaultCommand(context));
        CommandLine tools = new CommandLine(new ToolsCommand())
                .addSubcommand(new ToolsListCommand(context))
                .addSubcommand(new ToolsCallCommand(context));
        CommandLine auth = new CommandLine(new AuthCommand())
                .addSubcommand(new AuthHashTokenCommand(context));
        CommandLine root = new CommandLine(new Root())
                .addSubcommand(new ServeCommand(context))
                .addSubcommand(db)
                .addSubcommand(tools)
                .addSubcommand(auth)
                .addSubcommand(new EmulatorCommand(context))
                .addSubcommand(new VersionCommand(context));
        root.setOut(context.out());
        root.setErr(context.err());
        root.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            if (e instanceof CommandLine.ParameterException missing) {
                // A command group was run without its sub-command: a usage error, shown with the group's usage.
                context.err().println(missing.getMessage());
                missing.getCommandLine().usage(context.err());
                return ExitCodes.USAGE;
            }
            report(context, e);
            return ExitCodes.ERROR;
        });
        return root;
    }

    /** Runs a command line and returns its exit code. */
    public static int run(CliContext context, String... args) {
        int code = commandLine(context).execute(args);
        context.out().flush();
        context.err().flush();
        return code;
    }

    private static void report(CliContext context, Exception e) {
        if (e instanceof ArangoMcpException ame) {
            context.err().println("Error: " + ame.getMessage());
            if (ame.hint() != null) {
                context.err().println("Hint: " + ame.hint());
            }
        } else if (e instanceof IllegalArgumentException) {
            context.err().println("Error: " + e.getMessage());
        } else {
            LOG.error("unexpected failure", e);
            context.err().println("Error: unexpected failure: " + e);
        }
    }
}
