package io.arangomcp.aql.functions;

import java.util.Objects;

/**
 * A built-in function: its name, arity (ArangoDB checks it at compile time, error 1541), whether it may be
 * folded at compile time, and which argument may name a collection.
 *
 * @param name          the upper-case name
 * @param minArgs       the fewest arguments
 * @param maxArgs       the most arguments ({@link #VARIADIC} for no limit)
 * @param deterministic whether equal arguments always give equal results without side effects
 * @param collectionArg index of an argument that may be a bare collection name (passed as its name), or -1
 * @param body          the implementation
 */
public record AqlFunction(String name, int minArgs, int maxArgs, boolean deterministic, int collectionArg,
                          FunctionBody body) {
    /** The maximum ArangoDB reports for functions with unlimited arguments. */
    public static final int VARIADIC = 65536;

    public AqlFunction {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(body, "body is null");
    }
}
