package io.arangomcp.ports.spi;

import io.arangomcp.domain.session.SessionState;

import java.util.function.UnaryOperator;

/**
 * The calling session, as a tool may see and change it.
 *
 * @since 0.1
 */
public interface SessionHandle {

    /** The session id. */
    String id();

    /** The session's current state. */
    SessionState state();

    /**
     * Atomically changes the session's state. Changes to its workflow, stage or unloaded tools make the host
     * tell this session's client that its tool list changed.
     *
     * @return the new state
     */
    SessionState update(UnaryOperator<SessionState> change);
}
