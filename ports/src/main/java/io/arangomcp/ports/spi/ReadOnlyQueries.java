package io.arangomcp.ports.spi;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

import java.util.Map;

/**
 * The check every tool of kind {@link OperationKind#QUERY} runs before executing a caller's AQL: on a read-only
 * database, only a query whose explained plan says it modifies nothing may run. Fails closed: a plan that does not
 * say so counts as modifying.
 *
 * @since 0.1
 */
public final class ReadOnlyQueries {
    private ReadOnlyQueries() {
    }

    /**
     * Refuses the query when the call's database is read-only and the query modifies data; does nothing on
     * writable databases (not even an explain).
     *
     * @throws ArangoMcpException {@code ACCESS_DENIED}
     */
    public static void check(ToolContext context, String query, Map<String, Object> bindVars) {
        if (!context.databaseReadOnly()) {
            return;
        }
        Object plan = context.database().explain(query, bindVars, false, 1).get("plan");
        if (plan instanceof Map<?, ?> p && Boolean.FALSE.equals(p.get("isModificationQuery"))) {
            return;
        }
        throw ArangoMcpException.builder(ErrorCode.ACCESS_DENIED,
                        "database '" + context.databaseKey() + "' is read-only and this query modifies data")
                .detail("database", context.databaseKey())
                .hint("Run only queries without INSERT, UPDATE, REPLACE, REMOVE or UPSERT here, or use a "
                        + "database whose profile is not read-only.")
                .build();
    }
}
