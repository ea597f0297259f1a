package io.arangomcp.adapters.mcp.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * HTTP transport: the open MCP sessions, each bound to the principal that started it. Caps how many may be open
 * at once, expires those idle for too long, and reports every session that ends (deleted or expired) so its
 * state can be cleaned up.
 */
final class HttpSessions {
    private static final Logger LOG = LoggerFactory.getLogger(HttpSessions.class);

    /** What a request's session id turned out to be. */
    enum Lookup { ACTIVE, UNKNOWN, FULL }

    private final Semaphore slots;
    private final int max;
    private final Duration idleTimeout;
    private final Clock clock;
    private final Consumer<String> onEnded;
    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();

    /**
     * @param max         the most sessions open (or being opened) at once
     * @param idleTimeout how long a session may go without a request
     * @param onEnded     told the id of every session that ends
     */
    HttpSessions(int max, Duration idleTimeout, Clock clock, Consumer<String> onEnded) {
        this.max = max;
        this.slots = new Semaphore(max);
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.onEnded = Objects.requireNonNull(onEnded, "onEnded is null");
    }

    /** Takes a slot for a session about to be opened; false when all are taken. */
    boolean reserve() {
        return slots.tryAcquire();
    }

    /** Gives back a slot reserved for a session that was not opened. */
    void release() {
        slots.release();
    }

    /** Records a session opened in a reserved slot. */
    void opened(String id, Principal principal) {
        sessions.put(id, new Entry(principal, clock.instant()));
        LOG.debug("session {} opened by {}", id, principal.name());
    }

    /**
     * Marks a session active for a request of {@code principal}. A session that is unknown, has expired, or
     * belongs to another principal is {@link Lookup#UNKNOWN}: the request must not learn which.
     */
    Lookup touch(String id, Principal principal) {
        Instant now = clock.instant();
        Entry entry = sessions.get(id);
        if (entry == null || !entry.principal.equals(principal)) {
            return Lookup.UNKNOWN;
        }
        if (entry.idleSince(now).compareTo(idleTimeout) > 0) {
            end(id, "expired");
            return Lookup.UNKNOWN;
        }
        entry.lastSeen = now;
        return Lookup.ACTIVE;
    }

    /**
     * Marks the session active, opening it first when it is new or expired (stateless mode, where a session is
     * a principal's and is never opened explicitly). {@link Lookup#FULL} when it would need a slot and none is
     * free.
     */
    Lookup join(String id, Principal principal) {
        if (touch(id, principal) == Lookup.ACTIVE) {
            return Lookup.ACTIVE;
        }
        synchronized (this) {
            // Re-checked under the lock: two first requests of one principal open one session, not two.
            if (touch(id, principal) == Lookup.ACTIVE) {
                return Lookup.ACTIVE;
            }
            if (!reserve()) {
                return Lookup.FULL;
            }
            opened(id, principal);
            return Lookup.ACTIVE;
        }
    }

    /** Ends a session the client deleted. */
    void deleted(String id) {
        end(id, "deleted");
    }

    /** Ends every session idle for longer than the timeout; returns how many ended. */
    int expireIdle() {
        Instant now = clock.instant();
        List<String> idle = new ArrayList<>();
        sessions.forEach((id, entry) -> {
            if (entry.idleSince(now).compareTo(idleTimeout) > 0) {
                idle.add(id);
            }
        });
        idle.forEach(id -> end(id, "expired"));
        return idle.size();
    }

    /** Ends every session (shutdown). */
    void endAll() {
        new ArrayList<>(sessions.keySet()).forEach(id -> end(id, "closed at shutdown"));
    }

    /** Sessions open now. */
    int active() {
        return sessions.size();
    }

    int max() {
        return max;
    }

    /** The ids of the sessions open now. */
    Set<String> ids() {
        return Set.copyOf(sessions.keySet());
    }

    private void end(String id, String why) {
        if (sessions.remove(id) != null) {
            slots.release();
            LOG.debug("session {} {}", id, why);
            try {
                onEnded.accept(id);
            } catch (RuntimeException e) {
                LOG.warn("cleaning up session {} failed: {}", id, e.toString());
            }
        }
    }

    /** One open session. */
    private static final class Entry {
        private final Principal principal;
        private volatile Instant lastSeen;

        Entry(Principal principal, Instant lastSeen) {
            this.principal = principal;
            this.lastSeen = lastSeen;
        }

        Duration idleSince(Instant now) {
            return Duration.between(lastSeen, now);
        }
    }
}
