package io.arangomcp.adapters.emulator.api;

import io.arangomcp.adapters.emulator.http.ApiRequest;
import io.arangomcp.adapters.emulator.state.EmulatorState;
import io.arangomcp.adapters.emulator.state.TransactionRegistry.StreamTransaction;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;

import java.util.Map;
import java.util.Objects;

/**
 * Emulator API: document writes inside a stream transaction ({@code x-arango-trx-id}). Each write is applied at
 * once; this records how to undo it (remove an insert, put the old document back after an update, replace or
 * remove) for when the transaction is aborted. Without the header it does nothing.
 */
final class TransactionUndo {

    /** What kind of write was made. */
    enum Kind { INSERT, CHANGE, REMOVE }

    private final StreamTransaction transaction;
    private final DatabaseGateway gateway;
    private final String collection;

    private TransactionUndo(StreamTransaction transaction, DatabaseGateway gateway, String collection) {
        this.transaction = transaction;
        this.gateway = gateway;
        this.collection = collection;
    }

    /** The undo recorder of a request: 404/1655 for an unknown, 410 for a finished transaction. */
    static TransactionUndo of(ApiRequest request, EmulatorState state, String collection) {
        String id = request.header("x-arango-trx-id");
        if (id == null) {
            return new TransactionUndo(null, null, collection);
        }
        StreamTransaction trx = state.transactions().running(request.database(), id);
        trx.requireWritable(collection);
        return new TransactionUndo(trx, state.gateway(request.database()), Objects.requireNonNull(collection));
    }

    /** Whether writes need the old document (to undo them). */
    boolean active() {
        return transaction != null;
    }

    /** Options that also return the old document when undoing needs it. */
    WriteOptions prepare(WriteOptions options, Kind kind) {
        return active() && kind != Kind.INSERT ? options.withReturnOld(true) : options;
    }

    /** Records the undo step of a write; returns the result as the client asked for it. */
    WriteResult record(WriteResult result, Kind kind, WriteOptions asked) {
        if (!active()) {
            return result;
        }
        String key = result.key();
        Map<String, Object> old = result.oldDocument();
        switch (kind) {
            case INSERT:
                transaction.recordUndo(() -> quietly(() -> gateway.remove(collection, key, WriteOptions.defaults())));
                break;
            case CHANGE:
                transaction.recordUndo(() -> quietly(() -> gateway.replace(collection, key, old,
                        WriteOptions.defaults())));
                break;
            default:
                transaction.recordUndo(() -> quietly(() -> gateway.insert(collection, old, WriteOptions.defaults())));
                break;
        }
        return asked.returnOld() ? result : new WriteResult(result.id(), result.key(), result.rev(),
                result.oldRev(), result.newDocument(), null);
    }

    private static void quietly(Runnable step) {
        try {
            step.run();
        } catch (DatabaseError e) {
            // the document changed again meanwhile (no isolation here); undo what can be undone
        }
    }
}
