package io.arangomcp.toolpacks.backup.files;

import io.arangomcp.ports.spi.schema.Doc;

/**
 * What restoring one collection file did.
 *
 * @param collection      the collection restored into
 * @param inserted        documents inserted
 * @param updated         existing documents replaced (conflict resolution overwrite)
 * @param skipped         existing documents kept (conflict resolution skip)
 * @param errors          documents that failed
 * @param total_processed documents read from the file
 */
public record ImportCounts(
        @Doc("The collection restored into.") String collection,
        @Doc("Documents inserted.") long inserted,
        @Doc("Existing documents replaced (overwrite).") long updated,
        @Doc("Existing documents kept (skip).") long skipped,
        @Doc("Documents that failed.") long errors,
        @Doc("Documents read from the file.") long total_processed) {
}
