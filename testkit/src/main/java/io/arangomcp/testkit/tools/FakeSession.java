package io.arangomcp.testkit.tools;

import io.arangomcp.domain.session.SessionState;
import io.arangomcp.ports.spi.SessionHandle;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Test double: a working {@link SessionHandle} over one in-memory {@link SessionState}, counting its updates so
 * tests can assert that a tool changed (or did not change) the session.
 */
public final class FakeSession implements SessionHandle {
    private final AtomicReference<SessionState> state;
    private final AtomicInteger updates = new AtomicInteger();

    public FakeSession(SessionState initial) {
        this.state = new AtomicReference<>(Objects.requireNonNull(initial, "initial is null"));
    }

    @Override
    public String id() {
        return state.get().sessionId();
    }

    @Override
    public SessionState state() {
        return state.get();
    }

    @Override
    public SessionState update(UnaryOperator<SessionState> change) {
        Objects.requireNonNull(change, "change is null");
        updates.incrementAndGet();
        return state.updateAndGet(s -> Objects.requireNonNull(change.apply(s), "a session change returned null"));
    }

    /** How many times {@link #update} was called. */
    public int updates() {
        return updates.get();
    }
}
