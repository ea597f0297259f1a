package io.arangomcp.app.pipeline;

import java.util.Objects;

/**
 * Pipeline: a call's validated arguments.
 *
 * @param arguments        the tool's arguments record
 * @param databaseOverride the per-call {@code database} key, or {@code null}
 */
record BoundArguments(Record arguments, String databaseOverride) {
    BoundArguments {
        Objects.requireNonNull(arguments, "arguments is null");
    }
}
