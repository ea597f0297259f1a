package io.arangomcp.domain.error;

/**
 * Who is to blame for a failure, which decides how it is logged and whether a retry can help.
 */
public enum ErrorType {
    /** The caller asked for something wrong or impossible; retrying the same call fails again. */
    USER_ERROR,
    /** Something outside this process failed: the database server, the network, a file. */
    EXTERNAL,
    /** A limit was reached: time, memory, rows, concurrent calls. */
    INSUFFICIENT_RESOURCES,
    /** A bug in this server. */
    INTERNAL_ERROR
}
