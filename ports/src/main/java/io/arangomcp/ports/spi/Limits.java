package io.arangomcp.ports.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * The caps a tool must respect; the host sets them from its configuration.
 *
 * @param maxRows        the most rows or items a tool returns in one result
 * @param maxResultBytes the most bytes of serialized rows a tool returns in one result
 * @param queryTimeout   the longest a query may run
 * @param maxDepth       the deepest a traversal may go
 * @since 0.1
 */
public record Limits(int maxRows, long maxResultBytes, Duration queryTimeout, int maxDepth) {
    public Limits {
        if (maxRows < 1 || maxResultBytes < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        Objects.requireNonNull(queryTimeout, "queryTimeout is null");
        if (queryTimeout.isZero() || queryTimeout.isNegative()) {
            throw new IllegalArgumentException("queryTimeout must be positive");
        }
    }

    /** 1,000 rows, 1 MiB, 30 s, depth 10. */
    public static Limits defaults() {
        return new Limits(1_000, 1L << 20, Duration.ofSeconds(30), 10);
    }
}
