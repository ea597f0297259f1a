package io.arangomcp.adapters.memory.session;

import io.arangomcp.domain.session.SessionState;
import io.arangomcp.ports.out.session.SessionRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

/**
 * In-memory backend: session states in a {@link ConcurrentHashMap}. Updates run inside the map's atomic
 * {@code compute}, so concurrent updates of one session are serialised and none is lost; states are immutable,
 * so readers always see a whole state. Sessions live until removed or found idle.
 */
public final class InMemorySessionRepository implements SessionRepository {

    private static final Comparator<SessionState> OLDEST_FIRST =
            Comparator.comparing(SessionState::createdAt).thenComparing(SessionState::sessionId);

    private final ConcurrentMap<String, SessionState> sessions = new ConcurrentHashMap<>();
    private final String initialWorkflow;

    /** New sessions start in {@link SessionState#INITIAL_WORKFLOW}. */
    public InMemorySessionRepository() {
        this(SessionState.INITIAL_WORKFLOW);
    }

    /** New sessions start in the given workflow (the host's configured default). */
    public InMemorySessionRepository(String initialWorkflow) {
        this.initialWorkflow = Objects.requireNonNull(initialWorkflow, "initialWorkflow is null");
    }

    @Override
    public SessionState getOrCreate(String sessionId, Instant now) {
        Objects.requireNonNull(sessionId, "sessionId is null");
        Objects.requireNonNull(now, "now is null");
        return sessions.computeIfAbsent(sessionId, id -> SessionState.create(id, now, initialWorkflow));
    }

    @Override
    public Optional<SessionState> find(String sessionId) {
        return Optional.ofNullable(sessions.get(Objects.requireNonNull(sessionId, "sessionId is null")));
    }

    @Override
    public SessionState update(String sessionId, Instant now, UnaryOperator<SessionState> change) {
        Objects.requireNonNull(sessionId, "sessionId is null");
        Objects.requireNonNull(now, "now is null");
        Objects.requireNonNull(change, "change is null");
        return sessions.compute(sessionId, (id, current) -> {
            SessionState next = change.apply(current == null ? SessionState.create(id, now, initialWorkflow) : current);
            if (next == null || !id.equals(next.sessionId())) {
                throw new IllegalStateException("a session update must return a state of session " + id);
            }
            return next;
        });
    }

    @Override
    public boolean remove(String sessionId) {
        return sessions.remove(Objects.requireNonNull(sessionId, "sessionId is null")) != null;
    }

    @Override
    public List<SessionState> all() {
        return sessions.values().stream().sorted(OLDEST_FIRST).toList();
    }

    @Override
    public List<String> removeIdleSince(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff is null");
        List<SessionState> removed = new ArrayList<>();
        for (Map.Entry<String, SessionState> entry : sessions.entrySet()) {
            // re-checked inside the atomic step: a session active again since the scan survives
            sessions.computeIfPresent(entry.getKey(), (id, state) -> {
                if (state.lastSeen().isBefore(cutoff)) {
                    removed.add(state);
                    return null;
                }
                return state;
            });
        }
        return removed.stream().sorted(OLDEST_FIRST).map(SessionState::sessionId).toList();
    }
}
