package io.arangomcp.ports.in;

import java.util.List;
import java.util.Map;

/**
 * Lists and runs tools on behalf of a session. Transports call this and nothing else.
 *
 * <p>{@link #call} never throws for anything a caller can cause: unknown tools, bad arguments, unknown
 * databases and database failures all come back as {@link ToolCallResult.Failure}.
 *
 * @since 0.1
 */
public interface ToolService {

    /** Every registered tool, in a stable order, whether or not a session sees it. */
    List<ToolDescriptor> registeredTools();

    /** The tools this caller's session sees now, in a stable order. */
    List<ToolDescriptor> listTools(Caller caller);

    /** Runs one tool. Creates the caller's session on its first call. */
    ToolCallResult call(Caller caller, String toolName, Map<String, Object> arguments, CallHooks hooks);

    /** Forgets a session (client disconnected or session expired). */
    void endSession(String sessionId);

    /** Registers a listener for per-session tool-list changes. */
    void addToolListListener(ToolListListener listener);
}
