package io.arangomcp.app.pipeline;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.in.Caller;
import io.arangomcp.ports.in.ToolDescriptor;

/**
 * Pipeline step 1b: refuses tools whose pack the caller's tenant may not use. Such tools are also left out of
 * the caller's {@code tools/list}; the SDK's list filter alone would not stop a call by name.
 */
final class PackAccess {
    private PackAccess() {
    }

    static void check(RegistrySource scopes, Caller caller, ToolDescriptor tool) {
        if (!scopes.allowsPack(caller, tool.pack())) {
            throw ArangoMcpException.builder(ErrorCode.ACCESS_DENIED, "tool '" + tool.name() + "' belongs to pack '"
                            + tool.pack() + "', which tenant '" + caller.tenant() + "' may not use")
                    .detail("tool", tool.name())
                    .detail("pack", tool.pack())
                    .hint("Call tools/list for the tools this tenant may use.")
                    .build();
        }
    }
}
