package io.arangomcp.adapters.memory.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * In-memory backend: an all-or-nothing group of writes, for AQL modification queries. It holds the database's
 * write lock from {@link MemoryDatabase#beginWrite} to {@link #close}, on the opening thread; the writes made
 * meanwhile (through {@link MemoryDatabase#documents()}) apply at once, so the session reads its own writes,
 * and {@link #close} undoes them in reverse order unless {@link #commit} came first. Undoing puts documents
 * back with their old revisions and scan positions; consumed generated keys stay consumed, as on ArangoDB.
 */
public final class WriteSession implements AutoCloseable {

    private record Undo(MemoryCollection collection, MemoryCollection.Entry previous,
                        Map<String, Object> current) {
    }

    private final MemoryDatabase database;
    private final Deque<Undo> undo = new ArrayDeque<>();
    private boolean committed;
    private boolean closed;

    WriteSession(MemoryDatabase database) {
        this.database = database;
    }

    /** Records one applied write: the entry it replaced or removed, and the document it stored. */
    void record(MemoryCollection collection, MemoryCollection.Entry previous, Map<String, Object> current) {
        undo.push(new Undo(collection, previous, current));
    }

    /** Keeps the writes. */
    public void commit() {
        committed = true;
    }

    /** Undoes the writes unless committed, then releases the write lock. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!committed) {
                while (!undo.isEmpty()) {
                    Undo step = undo.pop();
                    step.collection().reinstate(step.previous(), step.current());
                }
            }
        } finally {
            database.endWrite(this);
        }
    }
}
