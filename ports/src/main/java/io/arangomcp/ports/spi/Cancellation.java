package io.arangomcp.ports.spi;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

/**
 * Tells a running tool whether its caller has given up (client cancellation, timeout, shutdown). Long tools
 * check it between steps and stop early.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Cancellation {
    /** Never cancelled. */
    Cancellation NONE = () -> false;

    boolean isCancelled();

    /** Throws a {@code CANCELLED} error when the call was cancelled. */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new ArangoMcpException(ErrorCode.CANCELLED, "the call was cancelled");
        }
    }
}
