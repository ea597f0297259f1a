package io.arangomcp.adapters.emulator.state;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.ports.out.gateway.QueryCursor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Emulator: the open server-side cursors, by id. A cursor lives until its last batch was fetched, it was deleted,
 * or its {@code ttl} passed since the last access (then it is closed and answers 404/1600 like one that never
 * existed). Thread-safe; one batch fetch per cursor at a time.
 */
public final class CursorRegistry {

    /** One open cursor: the memory backend's cursor plus what the HTTP API reports with every batch. */
    public static final class OpenCursor {
        private final String id;
        private final String database;
        private final QueryCursor cursor;
        private final Long count;
        private final Duration ttl;
        private Instant expires;
        private long sent;
        private Map<String, Object> lastAnswer;
        private List<Object> lookahead;

        OpenCursor(String id, String database, QueryCursor cursor, Long count, Duration ttl, Instant now) {
            this.id = id;
            this.database = database;
            this.cursor = cursor;
            this.count = count;
            this.ttl = ttl;
            this.expires = now.plus(ttl);
        }

        public String id() {
            return id;
        }

        public QueryCursor cursor() {
            return cursor;
        }

        public Long count() {
            return count;
        }

        /** The {@code nextBatchId} the answer being built announces: the batch after it. */
        public synchronized long nextBatchId() {
            return sent + 2;
        }

        /** Records an answer as sent, so a client may ask for that batch again. */
        public synchronized void answered(Map<String, Object> answer) {
            sent++;
            lastAnswer = answer;
        }

        /** The answer of the given batch when it is the last one sent, else {@code null}. */
        public synchronized Map<String, Object> answerOf(long batch) {
            return batch == sent ? lastAnswer : null;
        }

        /** Keeps the batch after the one being sent (read early to know whether there is one). */
        public synchronized void lookahead(List<Object> batch) {
            lookahead = batch;
        }

        /** The batch read early, once; {@code null} when there is none. */
        public synchronized List<Object> takeLookahead() {
            List<Object> batch = lookahead;
            lookahead = null;
            return batch;
        }

        /** Whether the given batch is the one not sent yet. */
        public synchronized boolean isNext(long batch) {
            return batch == sent + 1;
        }
    }

    private final Map<String, OpenCursor> open = new ConcurrentHashMap<>();
    private final LongSupplier ids;
    private final Clock clock;

    public CursorRegistry(LongSupplier ids, Clock clock) {
        this.ids = Objects.requireNonNull(ids, "ids is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    /** Registers a cursor that has more batches; returns it with its new id. */
    public OpenCursor register(String database, QueryCursor cursor, Long count, Duration ttl) {
        sweep();
        OpenCursor entry = new OpenCursor(Long.toString(ids.getAsLong()), database, cursor, count, ttl,
                clock.instant());
        open.put(entry.id, entry);
        return entry;
    }

    /** The cursor with this id in this database; 404/1600 when there is none (any more). */
    public OpenCursor get(String database, String id) {
        sweep();
        OpenCursor entry = open.get(id);
        if (entry == null || !entry.database.equals(database)) {
            throw ArangoErrors.CURSOR_NOT_FOUND.error();
        }
        synchronized (entry) {
            entry.expires = clock.instant().plus(entry.ttl);
        }
        return entry;
    }

    /** Closes and forgets a cursor; 404/1600 when there is none. */
    public void delete(String database, String id) {
        OpenCursor entry = get(database, id);
        open.remove(entry.id);
        entry.cursor.close();
    }

    /** Forgets an exhausted cursor. */
    public void finished(OpenCursor entry) {
        open.remove(entry.id);
        entry.cursor.close();
    }

    /** The number of open cursors. */
    public int size() {
        return open.size();
    }

    /** Closes every cursor (at shutdown). */
    public void closeAll() {
        List<OpenCursor> all = new ArrayList<>(open.values());
        open.clear();
        all.forEach(c -> c.cursor.close());
    }

    private void sweep() {
        Instant now = clock.instant();
        for (OpenCursor entry : new ArrayList<>(open.values())) {
            boolean expired;
            synchronized (entry) {
                expired = entry.expires.isBefore(now);
            }
            if (expired && open.remove(entry.id, entry)) {
                entry.cursor.close();
            }
        }
    }
}
