package io.arangomcp.ports.spi;

/**
 * Reports progress of a long call to the client (MCP progress notifications, when the client asked for them).
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Progress {
    /** A reporter that drops everything. */
    Progress NONE = (progress, total, message) -> { };

    /**
     * @param progress work done so far (grows with every report)
     * @param total    the total work, or {@code null} when unknown
     * @param message  a short status, or {@code null}
     */
    void report(double progress, Double total, String message);
}
