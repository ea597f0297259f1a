package io.arangomcp.ports.out.session;

import io.arangomcp.domain.session.SessionState;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Stores each agent session's {@link SessionState}. Sessions never see each other's state.
 *
 * <p>Implementations are thread-safe and apply {@link #update} atomically: concurrent updates of one session are
 * serialised, and no update is lost.
 *
 * @since 0.1
 */
public interface SessionRepository {

    /** The session's state, creating a fresh one ({@link SessionState#create}) when the id is new. */
    SessionState getOrCreate(String sessionId, Instant now);

    /** The session's state, if the session exists. */
    Optional<SessionState> find(String sessionId);

    /**
     * Atomically replaces the session's state with {@code change(current)}, creating the session first when
     * it is new.
     *
     * @return the new state
     */
    SessionState update(String sessionId, Instant now, UnaryOperator<SessionState> change);

    /** Forgets a session. Returns whether it existed. */
    boolean remove(String sessionId);

    /** A snapshot of all sessions, oldest first. */
    List<SessionState> all();

    /**
     * Forgets every session whose last activity is before {@code cutoff}.
     *
     * @return the ids of the removed sessions
     */
    List<String> removeIdleSince(Instant cutoff);
}
