package io.arangomcp.aql.catalog;

/**
 * How one write behaves (from the AQL {@code OPTIONS} of the modification).
 *
 * @param keepNull      UPDATE: keep attributes set to null (false removes them)
 * @param mergeObjects  UPDATE: merge sub-objects (false replaces them)
 * @param overwriteMode INSERT on an existing key: {@code "conflict"} (1210), {@code "ignore"}, {@code "replace"}
 *                      or {@code "update"}
 * @param ignoreRevs    ignore a {@code _rev} in the document (false: a mismatch is error 1200)
 * @param waitForSync   the caller asked for durable writes (an in-memory store may ignore it)
 */
public record WriteOptions(boolean keepNull, boolean mergeObjects, String overwriteMode, boolean ignoreRevs,
                           boolean waitForSync) {
    /** ArangoDB's defaults. */
    public static final WriteOptions DEFAULTS = new WriteOptions(true, true, "conflict", true, false);
}
