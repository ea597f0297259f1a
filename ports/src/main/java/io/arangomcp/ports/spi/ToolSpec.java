package io.arangomcp.ports.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The metadata of a tool: everything clients and the pipeline need to know about it, except its argument and
 * result types.
 *
 * @param name           the MCP tool name, e.g. {@code arango_insert}: 1-64 characters of letters, digits,
 *                       {@code _}, {@code -}, {@code .}
 * @param title          a short human-readable title, e.g. {@code Insert document}
 * @param description    what the tool does, for models: when to use it, what it returns, what can fail
 * @param category       a grouping such as {@code core_data}, {@code graph_basic} or {@code multi_tenancy}
 * @param kind           what the tool does to data
 * @param databaseScoped whether the tool works on one database; if so, the pipeline adds the optional
 *                       {@code database} argument, resolves it, and hands the tool its gateway
 * @param aliasOf        the name of the tool this one is a compatibility alias of, or {@code null}
 * @since 0.1
 */
public record ToolSpec(String name, String title, String description, String category, OperationKind kind,
                       boolean databaseScoped, String aliasOf) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");

    public ToolSpec {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "tool name must be 1-64 characters of letters, digits, '_', '-' or '.', got '" + name + "'");
        }
        requireText(title, "title", name);
        requireText(description, "description", name);
        requireText(category, "category", name);
        Objects.requireNonNull(kind, "kind is null");
    }

    /** A tool that works on one database. */
    public static ToolSpec database(String name, String title, String category, OperationKind kind,
                                    String description) {
        return new ToolSpec(name, title, description, category, kind, true, null);
    }

    /** A tool that works on this server's state, not on a particular database. */
    public static ToolSpec server(String name, String title, String category, OperationKind kind,
                                  String description) {
        return new ToolSpec(name, title, description, category, kind, false, null);
    }

    /** The same tool under another name, marked as an alias of this one. */
    public ToolSpec aliasAs(String aliasName, String aliasTitle) {
        return new ToolSpec(aliasName, aliasTitle, description + " (Alias of " + name + ".)", category, kind,
                databaseScoped, name);
    }

    private static void requireText(String value, String what, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("tool '" + name + "' needs a " + what);
        }
    }
}
