package io.arangomcp.aql.exec;

import io.arangomcp.domain.error.DatabaseError;

/**
 * A run-time error already annotated with the plan node it happened in, in ArangoDB's shape:
 * {@code AQL: <message> [node #<id>: <NodeType>] (while executing)}.
 */
public final class ExecutionError extends DatabaseError {
    private static final long serialVersionUID = 1L;

    ExecutionError(DatabaseError cause, int nodeId, String nodeType) {
        super(cause.httpStatus(), cause.errorNum(), "AQL: " + cause.getMessage() + " [node #" + nodeId + ": "
                + nodeType + "] (while executing)", null, cause);
    }
}
