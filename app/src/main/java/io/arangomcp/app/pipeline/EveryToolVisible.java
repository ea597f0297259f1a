package io.arangomcp.app.pipeline;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.domain.session.SessionState;
import io.arangomcp.ports.in.ToolDescriptor;

/**
 * Pipeline: the visibility policy that shows every registered tool to every session (the reference server's
 * behaviour; workflows do not filter tools under this policy).
 */
public final class EveryToolVisible implements ToolVisibility {
    @Override
    public boolean isVisible(ToolDescriptor tool, SessionState session) {
        return true;
    }

    @Override
    public ArangoMcpException hidden(ToolDescriptor tool, SessionState session) {
        return new ArangoMcpException(ErrorCode.INTERNAL_ERROR, "tool '" + tool.name() + "' is always visible");
    }
}
