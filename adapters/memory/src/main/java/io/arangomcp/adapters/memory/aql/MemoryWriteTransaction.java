package io.arangomcp.adapters.memory.aql;

import io.arangomcp.adapters.memory.store.MemoryDatabase;
import io.arangomcp.adapters.memory.store.WriteSession;
import io.arangomcp.aql.catalog.WriteOptions;
import io.arangomcp.aql.catalog.WriteResult;
import io.arangomcp.aql.catalog.WriteTransaction;
import io.arangomcp.ports.out.gateway.OverwriteMode;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * In-memory backend: the writes of one AQL modification query, through the store's document writer inside one
 * write session (the database's write lock is held from the first write to {@link #close}). Every write applies
 * at once, so the query reads its own writes; closing without {@link #commit} undoes them all.
 */
final class MemoryWriteTransaction implements WriteTransaction {
    private final MemoryDatabase database;
    private final WriteSession session;

    MemoryWriteTransaction(MemoryDatabase database, WriteSession session) {
        this.database = Objects.requireNonNull(database, "database is null");
        this.session = Objects.requireNonNull(session, "session is null");
    }

    @Override
    public WriteResult insert(String collection, Map<String, Object> document, WriteOptions options) {
        return result(database.documents().insert(collection, document, storeOptions(options, null)));
    }

    @Override
    public WriteResult update(String collection, String key, Map<String, Object> patch, WriteOptions options) {
        return result(database.documents().update(collection, key, patch, storeOptions(options, patch)));
    }

    @Override
    public WriteResult replace(String collection, String key, Map<String, Object> document, WriteOptions options) {
        return result(database.documents().replace(collection, key, document, storeOptions(options, document)));
    }

    @Override
    public WriteResult remove(String collection, String key, WriteOptions options) {
        return result(database.documents().remove(collection, key, storeOptions(options, null)));
    }

    @Override
    public Map<String, Object> get(String collection, String key) {
        return database.collection(collection).document(key).orElse(null);
    }

    @Override
    public Iterator<Map<String, Object>> scan(String collection) {
        return database.collection(collection).documents().iterator();
    }

    @Override
    public void commit() {
        session.commit();
    }

    @Override
    public void close() {
        session.close();
    }

    /**
     * The store's options for an AQL write: always return old and new (the engine decides what the query
     * sees); with {@code ignoreRevs: false}, a {@code _rev} in the given document must match the stored one.
     */
    private static io.arangomcp.ports.out.gateway.WriteOptions storeOptions(WriteOptions options,
                                                                          Map<String, Object> given) {
        Object rev = given == null ? null : given.get("_rev");
        return io.arangomcp.ports.out.gateway.WriteOptions.defaults()
                .withReturnNew(true).withReturnOld(true)
                .withKeepNull(options.keepNull()).withMergeObjects(options.mergeObjects())
                .withOverwriteMode(OverwriteMode.valueOf(options.overwriteMode().toUpperCase(Locale.ROOT)))
                .withIfMatch(!options.ignoreRevs() && rev instanceof String s ? s : null);
    }

    /** An insert ignored by {@code overwriteMode: ignore} returns neither an old nor a new document. */
    private static WriteResult result(io.arangomcp.ports.out.gateway.WriteResult stored) {
        boolean ignored = stored.newDocument() == null && stored.oldDocument() == null
                && stored.oldRev() == null;
        return new WriteResult(stored.oldDocument(), stored.newDocument(), ignored);
    }
}
