package io.arangomcp.aql.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the AQL engine needs from a database: its collections, named graphs and a way to write. The in-memory
 * backend implements it; the engine never touches storage any other way.
 *
 * <h2>Values</h2>
 * Documents are plain JSON values ({@code Map<String,Object>} with insertion order, {@code List<Object>},
 * {@code String}, {@code Long}/{@code Double} (any {@link Number} is accepted), {@code Boolean}, {@code null}).
 * A document handed to the engine must never change afterwards (replace it, do not mutate it); the engine
 * never mutates what it receives.
 *
 * <h2>Thread safety</h2>
 * Many queries may use one catalog at once, so every method must be safe to call concurrently. Reads see
 * committed data; a collection scan is a snapshot (later writes neither show up in it nor break it).
 *
 * <h2>Writes</h2>
 * A modification query runs to completion inside {@code AqlEngine.execute}, on the calling thread: the engine
 * calls {@link #beginWrite} once with every collection the query writes, performs all writes through that
 * {@link WriteTransaction}, then calls {@link WriteTransaction#commit()} or, on failure, only
 * {@link WriteTransaction#close()}, which must undo the writes (all or nothing per query).
 */
public interface Catalog {

    /** The database name ({@code CURRENT_DATABASE()}). */
    String databaseName();

    /** A collection by name, or empty when there is none (the engine then answers 1203). */
    Optional<CatalogCollection> collection(String name);

    /** The names of all collections, system collections included ({@code COLLECTIONS()}). */
    List<String> collectionNames();

    /** A named graph, or empty when there is none (the engine then answers 1924). */
    Optional<GraphDefinition> graph(String name);

    /** Starts the write transaction of one modification query over the given collections. */
    WriteTransaction beginWrite(Set<String> collections);

    /** The user the query runs as ({@code CURRENT_USER()}), or null. */
    default String currentUser() {
        return null;
    }
}
