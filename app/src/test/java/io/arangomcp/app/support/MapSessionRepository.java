package io.arangomcp.app.support;

import io.arangomcp.domain.session.SessionState;
import io.arangomcp.ports.out.session.SessionRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** A minimal session repository for app tests. */
public final class MapSessionRepository implements SessionRepository {
    private final Map<String, SessionState> sessions = new ConcurrentHashMap<>();

    @Override
    public SessionState getOrCreate(String sessionId, Instant now) {
        return sessions.computeIfAbsent(sessionId, id -> SessionState.create(id, now));
    }

    @Override
    public Optional<SessionState> find(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public SessionState update(String sessionId, Instant now, UnaryOperator<SessionState> change) {
        return sessions.compute(sessionId, (id, s) -> change.apply(s == null ? SessionState.create(id, now) : s));
    }

    @Override
    public boolean remove(String sessionId) {
        return sessions.remove(sessionId) != null;
    }

    @Override
    public List<SessionState> all() {
        List<SessionState> all = new ArrayList<>(sessions.values());
        all.sort(Comparator.comparing(SessionState::createdAt));
        return all;
    }

    @Override
    public List<String> removeIdleSince(Instant cutoff) {
        List<String> removed = new ArrayList<>();
        sessions.values().removeIf(s -> {
            boolean idle = s.lastSeen().isBefore(cutoff);
            if (idle) {
                removed.add(s.sessionId());
            }
            return idle;
        });
        return removed;
    }
}
