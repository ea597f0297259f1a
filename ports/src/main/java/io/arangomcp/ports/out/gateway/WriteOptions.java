package io.arangomcp.ports.out.gateway;

/**
 * Options for document writes; each applies to the operations where ArangoDB supports it.
 *
 * @param returnNew     include the document as written
 * @param returnOld     include the document as it was before (update, replace, remove, overwriting insert)
 * @param keepNull      on update: store {@code null} attribute values (true) or remove those attributes (false)
 * @param mergeObjects  on update: merge nested objects (true) or replace them (false)
 * @param waitForSync   wait until the write is synced, or {@code null} for the collection default
 * @param overwriteMode on insert: what to do when the key exists, or {@code null} for {@link OverwriteMode#CONFLICT}
 * @param ifMatch       only write if the stored revision equals this one, or {@code null}
 * @since 0.1
 */
public record WriteOptions(boolean returnNew, boolean returnOld, boolean keepNull, boolean mergeObjects,
                           Boolean waitForSync, OverwriteMode overwriteMode, String ifMatch) {

    private static final WriteOptions DEFAULTS = new WriteOptions(false, false, true, true, null, null, null);

    /** ArangoDB's defaults: no return values, keepNull and mergeObjects on. */
    public static WriteOptions defaults() {
        return DEFAULTS;
    }

    public WriteOptions withReturnNew(boolean value) {
        return new WriteOptions(value, returnOld, keepNull, mergeObjects, waitForSync, overwriteMode, ifMatch);
    }

    public WriteOptions withReturnOld(boolean value) {
        return new WriteOptions(returnNew, value, keepNull, mergeObjects, waitForSync, overwriteMode, ifMatch);
    }

    public WriteOptions withKeepNull(boolean value) {
        return new WriteOptions(returnNew, returnOld, value, mergeObjects, waitForSync, overwriteMode, ifMatch);
    }

    public WriteOptions withMergeObjects(boolean value) {
        return new WriteOptions(returnNew, returnOld, keepNull, value, waitForSync, overwriteMode, ifMatch);
    }

    public WriteOptions withWaitForSync(Boolean value) {
        return new WriteOptions(returnNew, returnOld, keepNull, mergeObjects, value, overwriteMode, ifMatch);
    }

    public WriteOptions withOverwriteMode(OverwriteMode value) {
        return new WriteOptions(returnNew, returnOld, keepNull, mergeObjects, waitForSync, value, ifMatch);
    }

    public WriteOptions withIfMatch(String value) {
        return new WriteOptions(returnNew, returnOld, keepNull, mergeObjects, waitForSync, overwriteMode, value);
    }
}
