package io.arangomcp.aql.catalog;

import java.util.Iterator;
import java.util.Map;

/**
 * The writes of one modification query. Implementations assign {@code _key} (when missing), {@code _id} and
 * {@code _rev}, validate keys (1221), edges (1233), unique indexes (1210) and schemas (1620), and apply
 * UPDATE's merge rules (see {@link Documents#merge}). Failures are {@code DatabaseError}s with ArangoDB's
 * errorNum and standard text (for example {@code "document not found"}, 1202); the engine adds the query
 * context. Reads through the transaction see its own writes.
 */
public interface WriteTransaction extends AutoCloseable {

    /** Inserts a document (user attributes plus optional {@code _key}, and {@code _from}/{@code _to} for edges). */
    WriteResult insert(String collection, Map<String, Object> document, WriteOptions options);

    /** Partially updates the document with this key (1202 if missing). */
    WriteResult update(String collection, String key, Map<String, Object> patch, WriteOptions options);

    /** Replaces the document with this key, keeping its key (1202 if missing). */
    WriteResult replace(String collection, String key, Map<String, Object> document, WriteOptions options);

    /** Removes the document with this key (1202 if missing). */
    WriteResult remove(String collection, String key, WriteOptions options);

    /** The current document with this key, including this transaction's writes, or null. */
    Map<String, Object> get(String collection, String key);

    /** All current documents, including this transaction's writes, in insertion order (for UPSERT). */
    Iterator<Map<String, Object>> scan(String collection);

    /** Makes the writes permanent. */
    void commit();

    /** Ends the transaction; undoes every write unless {@link #commit()} was called. Idempotent. */
    @Override
    void close();
}
