package io.arangomcp.adapters.mcp.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
        Entry entry = sessions.get(id);
        if (entry == null || !entry.principal.equals(principal)) {
            return Lookup.UNKNOWN;
        }
        // Touching and expiring one entry exclude each other, so a request let through is never ended by a
        // sweep that had found its session idle a moment before.
        synchronized (entry) {
            if (entry.ended) {
                return Lookup.UNKNOWN;
            }
            Instant now = clock.instant();
            if (entry.idleSince(now).compareTo(idleTimeout) <= 0) {
                entry.lastSeen = now;
                return Lookup.ACTIVE;
            }
        }
        endIfIdle(id, entry);
        return Lookup.UNKNOWN;
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
        end(id, sessions.get(id), "deleted");
    }

    /** Ends every session idle for longer than the timeout; returns how many ended. */
    int expireIdle() {
        int ended = 0;
        for (Map.Entry<String, Entry> e : sessions.entrySet()) {
            if (endIfIdle(e.getKey(), e.getValue())) {
                ended++;
            }
        }
        return ended;
    }

    /** Ends every session (shutdown). */
    void endAll() {
        new ArrayList<>(sessions.entrySet()).forEach(e -> end(e.getKey(), e.getValue(), "closed at shutdown"));
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

    /** Ends the session if it is still idle when looked at under its lock; returns whether it ended. */
    private boolean endIfIdle(String id, Entry entry) {
        synchronized (entry) {
            if (entry.ended || entry.idleSince(clock.instant()).compareTo(idleTimeout) <= 0) {
                return false;
            }
            entry.ended = true;
        }
        return end(id, entry, "expired");
    }

    /** Ends this entry of the session (not a newer one under the same id) and tells the listener. */
    private boolean end(String id, Entry entry, String why) {
        if (entry == null || !sessions.remove(id, entry)) {
            return false;
        }
        synchronized (entry) {
            entry.ended = true;
        }
        slots.release();
        LOG.debug("session {} {}", id, why);
        try {
            onEnded.accept(id);
        } catch (RuntimeException e) {
            LOG.warn("cleaning up session {} failed: {}", id, e.toString());
        }
        return true;
    }

    /** One open session. */
    private static final class Entry {
        private final Principal principal;
        private Instant lastSeen;
        private boolean ended;

        Entry(Principal principal, Instant lastSeen) {
            this.principal = principal;
            this.lastSeen = lastSeen;
        }

        /** Call while holding the entry's lock. */
        Duration idleSince(Instant now) {
            return Duration.between(lastSeen, now);
        }
    }
}
