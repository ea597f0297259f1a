package io.arangomcp.toolpacks.backup.files;

import io.arangomcp.ports.spi.schema.Doc;

/**
 * One collection file of a backup.
 *
 * @param collection the collection
 * @param path       the file, relative to the backup directory
 * @param count      documents written
 * @param truncated  whether docLimit stopped it early
 * @param error      why it failed, when it did
 */
public record FileEntry(
        @Doc("The collection.") String collection,
        @Doc("The file, relative to the server's backup directory.") String path,
        @Doc("Documents written.") long count,
        @Doc("True when docLimit left documents out.") boolean truncated,
        @Doc("Why this collection failed; the others were still written.") String error) {
}
