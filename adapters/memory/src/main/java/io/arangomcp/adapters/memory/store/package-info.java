/**
 * In-memory backend: the storage core behind the in-memory {@code DatabaseGateway}, also meant for the AQL
 * engine's catalog.
 *
 * <p>A {@link io.arangomcp.adapters.memory.store.MemoryDatabase} holds collections behind one read-write lock.
 * What a catalog needs is all here:
 * <ul>
 *   <li>reads inside {@code database.read(...)}: {@code collection.documents()} (an immutable snapshot in scan
 *       order, which is the order documents were last written, as on RocksDB), {@code collection.document(key)},
 *       {@code collection.indexes().persistent()} with {@code equal(prefix)} and {@code range(...)} lookups that
 *       answer keys in index order (turn them into documents with {@code collection.documents(keys)}), and
 *       {@code collection.indexes().edgeIndex()} with {@code outbound(vertexId)} / {@code inbound(vertexId)};</li>
 *   <li>a modification query inside {@code try (WriteSession s = database.beginWrite()) { …; s.commit(); }},
 *       writing through {@code database.documents()}: every write applies at once (the query reads its own
 *       writes) and closing without {@code commit()} undoes them all;</li>
 *   <li>values in {@link io.arangomcp.adapters.memory.store.ValueOrder}, AQL's order of JSON values.</li>
 * </ul>
 * Stored documents are deep-immutable maps; hand them out freely.
 */
package io.arangomcp.adapters.memory.store;
