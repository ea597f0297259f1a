package io.arangomcp.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * CLI: asks the operator to confirm a change, unless {@code --yes} or {@code ARANGO_MCP_YES=1} (or the
 * reference's {@code MCP_ARANGODB_ASYNC_CLI_YES=1}) says not to. End of input counts as "no".
 */
final class Confirmer {
    private final CliContext context;

    Confirmer(CliContext context) {
        this.context = Objects.requireNonNull(context, "context is null");
    }

    /** Shows the pending changes and returns whether to apply them. */
    boolean confirm(List<String> pending, boolean yes) throws IOException {
        if (yes || truthy("ARANGO_MCP_YES") || truthy("MCP_ARANGODB_ASYNC_CLI_YES")) {
            return true;
        }
        context.err().println("Pending changes:");
        pending.forEach(line -> context.err().println("  " + line));
        context.err().print("Proceed? [y/N]: ");
        context.err().flush();
        String answer = new BufferedReader(new InputStreamReader(context.stdin(), StandardCharsets.UTF_8)).readLine();
        if (answer == null) {
            context.err().println();
        }
        String a = answer == null ? "" : answer.trim().toLowerCase(Locale.ROOT);
        return a.equals("y") || a.equals("yes");
    }

    private boolean truthy(String variable) {
        String v = context.environment().get(variable);
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes"));
    }
}
