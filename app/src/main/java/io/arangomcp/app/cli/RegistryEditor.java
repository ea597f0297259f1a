package io.arangomcp.app.cli;

import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.ports.out.config.ConfigRepository;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * CLI: applies one change to the registry file the safe way shared by every {@code db} command: check the
 * change against the current file first (also in a dry run), show it, ask, then write it atomically.
 */
final class RegistryEditor {
    private final CliContext context;
    private final DbOptions options;

    RegistryEditor(CliContext context, DbOptions options) {
        this.context = Objects.requireNonNull(context, "context is null");
        this.options = Objects.requireNonNull(options, "options is null");
    }

    /**
     * @param command the command name for the report header, e.g. {@code db add}
     * @param action  the report label in present tense, e.g. {@code ADD}; the past tense adds {@code ED}/{@code D}
     * @param lines   what changes, one line each
     * @param change  the change itself
     * @return the exit code
     */
    int apply(String command, String action, List<String> lines, UnaryOperator<DatabaseRegistry> change)
            throws IOException {
        ConfigRepository repository = options.repository(context);
        change.apply(repository.loadFile());
        String done = action.endsWith("E") ? action + "D" : action + "ED";
        if (options.dryRun) {
            context.out().println(command + " (dry-run):");
            lines.forEach(l -> context.out().println("  [" + done + " - DRY-RUN] " + l));
            context.out().println("No changes made. Remove --dry-run to apply them to " + repository.location() + ".");
            return ExitCodes.OK;
        }
        List<String> pending = lines.stream().map(l -> "[" + action + "] " + l).toList();
        if (!new Confirmer(context).confirm(pending, options.yes)) {
            context.err().println("Cancelled; nothing was changed.");
            return ExitCodes.CANCELLED;
        }
        repository.update(change);
        context.out().println(command + ":");
        lines.forEach(l -> context.out().println("  [" + done + "] " + l));
        context.out().println("Configuration saved to: " + repository.location());
        return ExitCodes.OK;
    }
}
