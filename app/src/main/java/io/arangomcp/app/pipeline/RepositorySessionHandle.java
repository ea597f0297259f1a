package io.arangomcp.app.pipeline;

import io.arangomcp.domain.session.SessionState;
import io.arangomcp.ports.out.session.SessionRepository;
import io.arangomcp.ports.spi.SessionHandle;

import java.time.Clock;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Pipeline: a tool's handle on its calling session, backed by the session repository (atomic updates).
 */
final class RepositorySessionHandle implements SessionHandle {
    private final String id;
    private final SessionRepository sessions;
    private final Clock clock;

    RepositorySessionHandle(String id, SessionRepository sessions, Clock clock) {
        this.id = Objects.requireNonNull(id, "id is null");
        this.sessions = Objects.requireNonNull(sessions, "sessions is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public SessionState state() {
        return sessions.getOrCreate(id, clock.instant());
    }

    @Override
    public SessionState update(UnaryOperator<SessionState> change) {
        return sessions.update(id, clock.instant(), change);
    }
}
