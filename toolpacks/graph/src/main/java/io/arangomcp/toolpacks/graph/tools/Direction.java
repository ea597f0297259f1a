package io.arangomcp.toolpacks.graph.tools;

import java.util.List;
import java.util.Locale;

/**
 * The traversal directions. A direction is an AQL keyword, not a value, so it cannot be a bind parameter; it is
 * written into the query only after it matched one of these constants.
 */
public final class Direction {
    public static final String OUTBOUND = "OUTBOUND";
    public static final String INBOUND = "INBOUND";
    public static final String ANY = "ANY";
    private static final List<String> ALL = List.of(OUTBOUND, INBOUND, ANY);

    private Direction() {
    }

    /** The keyword for a direction the argument binder already restricted to the three values. */
    public static String keyword(String direction) {
        String upper = direction.toUpperCase(Locale.ROOT);
        if (!ALL.contains(upper)) {
            throw new IllegalArgumentException("not a direction: " + direction);
        }
        return upper;
    }
}
