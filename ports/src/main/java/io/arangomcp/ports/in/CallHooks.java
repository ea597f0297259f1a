package io.arangomcp.ports.in;

import io.arangomcp.ports.spi.Cancellation;
import io.arangomcp.ports.spi.Progress;
import io.arangomcp.ports.spi.ToolLog;

import java.util.Objects;

/**
 * The channels a transport offers a running call: progress and log notifications, and cancellation.
 *
 * @since 0.1
 */
public record CallHooks(Progress progress, ToolLog log, Cancellation cancellation) {
    /** No progress, no logging, never cancelled. */
    public static final CallHooks NONE = new CallHooks(Progress.NONE, ToolLog.NONE, Cancellation.NONE);

    public CallHooks {
        Objects.requireNonNull(progress, "progress is null");
        Objects.requireNonNull(log, "log is null");
        Objects.requireNonNull(cancellation, "cancellation is null");
    }
}
