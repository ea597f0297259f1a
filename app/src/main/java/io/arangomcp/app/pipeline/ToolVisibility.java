package io.arangomcp.app.pipeline;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.session.SessionState;
import io.arangomcp.ports.in.ToolDescriptor;

/**
 * Pipeline: decides which registered tools a session sees (and may call), given its workflow, stage and
 * unloaded tools.
 */
public interface ToolVisibility {

    /** Whether the session sees the tool. */
    boolean isVisible(ToolDescriptor tool, SessionState session);

    /** The error for calling a tool the session does not see, saying how to make it visible. */
    ArangoMcpException hidden(ToolDescriptor tool, SessionState session);
}
