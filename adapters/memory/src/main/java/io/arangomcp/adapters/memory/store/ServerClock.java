package io.arangomcp.adapters.memory.store;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * In-memory backend: the server-wide sources of identifiers, like ArangoDB's tick and hybrid logical clock.
 * Ticks number collections, indexes and {@code traditional} keys (so generated keys grow across the server);
 * revisions are hybrid-logical-clock values (milliseconds shifted left by 20 bits, then counted up), written
 * in ArangoDB's sortable base-64 alphabet, e.g. {@code _l6zhVDW---}. Thread-safe.
 */
public final class ServerClock {

    private static final String ALPHABET = "-_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final Clock clock;
    private final AtomicLong tick = new AtomicLong();
    private final AtomicLong revision = new AtomicLong();

    public ServerClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    /** The next server tick: a positive number, larger than every earlier one. */
    public long nextTick() {
        return tick.incrementAndGet();
    }

    /** A new revision string, unique on this server and larger than every earlier one. */
    public String nextRevision() {
        long physical = clock.millis() << 20;
        long value = revision.updateAndGet(last -> Math.max(last + 1, physical));
        return encode(value);
    }

    /** A value in ArangoDB's revision alphabet: 6 bits a character, most significant first. */
    static String encode(long value) {
        char[] buffer = new char[11];
        int pos = buffer.length;
        long v = value;
        do {
            buffer[--pos] = ALPHABET.charAt((int) (v & 0x3f));
            v >>>= 6;
        } while (v != 0);
        return new String(buffer, pos, buffer.length - pos);
    }
}
