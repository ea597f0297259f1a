package io.arangomcp.app.pipeline;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

/**
 * Pipeline step 5: refuses calls the resolved database's profile does not allow: tools whose kind writes are
 * refused on read-only profiles. (Tenant limits are applied earlier, by the caller's registry.)
 */
final class AuthorizationStep {

    void check(RegisteredTool tool, DatabaseTarget target) {
        if (target != null && target.profile().readOnly() && tool.spec().kind().writes()) {
            throw ArangoMcpException.builder(ErrorCode.ACCESS_DENIED, "database '" + target.key()
                            + "' is read-only; tool '" + tool.name() + "' (" + tool.spec().kind().name().toLowerCase()
                            + ") would change it")
                    .detail("database", target.key())
                    .detail("tool", tool.name())
                    .hint("Use a read tool, or a database whose profile does not set read_only: true.")
                    .build();
        }
    }
}
