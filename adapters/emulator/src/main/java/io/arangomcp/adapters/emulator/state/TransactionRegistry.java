package io.arangomcp.adapters.emulator.state;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.DatabaseError;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Emulator: stream transactions ({@code /_api/transaction/begin}, {@code x-arango-trx-id}). The memory backend
 * has no multi-request transactions, so a transaction here applies each write at once and keeps an undo step
 * for it; abort runs the undo steps in reverse order. Other clients see the writes before the commit (no
 * isolation), and AQL writes inside a transaction are not undone: see {@code docs/emulator.md}.
 */
public final class TransactionRegistry {

    /** The states of a transaction. */
    public enum Status { RUNNING, COMMITTED, ABORTED }

    /** One stream transaction. */
    public static final class StreamTransaction {
        private final String id;
        private final String database;
        private final Set<String> writable;
        private final Deque<Runnable> undo = new ArrayDeque<>();
        private Status status = Status.RUNNING;

        StreamTransaction(String id, String database, Set<String> writable) {
            this.id = id;
            this.database = database;
            this.writable = Set.copyOf(writable);
        }

        public String id() {
            return id;
        }

        /** Checks that the transaction may write to a collection: 400/1652 when it was not declared for writes. */
        public void requireWritable(String collection) {
            if (!writable.contains(collection)) {
                throw new DatabaseError(400, 1652, "Transaction: collection '" + collection
                        + "' is not registered for writes in the transaction");
            }
        }

        /** Remembers how to undo a write that was just applied. */
        public synchronized void recordUndo(Runnable step) {
            undo.push(Objects.requireNonNull(step, "step is null"));
        }

        public synchronized Status status() {
            return status;
        }

        /** {@code {id, status}} as the transaction API reports it. */
        public synchronized Map<String, Object> describe() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id);
            json.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
            return json;
        }
    }

    private final Map<String, StreamTransaction> all = new ConcurrentHashMap<>();
    private final LongSupplier ids;

    public TransactionRegistry(LongSupplier ids) {
        this.ids = Objects.requireNonNull(ids, "ids is null");
    }

    /** Starts a transaction that may write to the given collections. */
    public StreamTransaction begin(String database, Set<String> writable) {
        StreamTransaction trx = new StreamTransaction(Long.toString(ids.getAsLong()), database, writable);
        all.put(trx.id, trx);
        return trx;
    }

    /** A transaction of this database; 404/1655 when there is none. */
    public StreamTransaction get(String database, String id) {
        StreamTransaction trx = all.get(id);
        if (trx == null || !trx.database.equals(database)) {
            throw ArangoErrors.TRANSACTION_NOT_FOUND.error("transaction '" + id + "' not found");
        }
        return trx;
    }

    /** A transaction that is still running; 410/1654 when it was committed or aborted. */
    public StreamTransaction running(String database, String id) {
        StreamTransaction trx = get(database, id);
        if (trx.status() != Status.RUNNING) {
            throw notRunning(trx);
        }
        return trx;
    }

    /** Commits: keeps the writes. Committing twice is fine; committing an aborted one answers 409/1653. */
    public StreamTransaction commit(String database, String id) {
        StreamTransaction trx = get(database, id);
        synchronized (trx) {
            if (trx.status == Status.ABORTED) {
                throw new DatabaseError(409, 1653, "transaction was already aborted");
            }
            trx.status = Status.COMMITTED;
            trx.undo.clear();
        }
        return trx;
    }

    /** Aborts: undoes the writes in reverse order. Aborting a committed one answers 409/1653. */
    public StreamTransaction abort(String database, String id) {
        StreamTransaction trx = get(database, id);
        synchronized (trx) {
            if (trx.status == Status.COMMITTED) {
                throw new DatabaseError(409, 1653, "transaction was already committed");
            }
            if (trx.status == Status.RUNNING) {
                trx.status = Status.ABORTED;
                while (!trx.undo.isEmpty()) {
                    trx.undo.pop().run();
                }
            }
        }
        return trx;
    }

    /** The running transactions of a database, as {@code {id, state}}. */
    public List<Map<String, Object>> running(String database) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (StreamTransaction trx : all.values()) {
            if (trx.database.equals(database) && trx.status() == Status.RUNNING) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", trx.id);
                json.put("state", "running");
                list.add(json);
            }
        }
        return list;
    }

    private static DatabaseError notRunning(StreamTransaction trx) {
        return new DatabaseError(410, 1654, "transaction '" + trx.id + "' is not running ("
                + trx.status().name().toLowerCase(java.util.Locale.ROOT) + ")");
    }
}
