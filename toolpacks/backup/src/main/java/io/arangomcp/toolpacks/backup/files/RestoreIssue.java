package io.arangomcp.toolpacks.backup.files;

import io.arangomcp.ports.spi.schema.Doc;

/**
 * A conflict resolved, or an error met, while restoring.
 *
 * @param collection the collection
 * @param _key       the document key, when it is about one document
 * @param what       the resolution ({@code skipped}, {@code overwritten}) or the error message
 */
public record RestoreIssue(
        @Doc("The collection.") String collection,
        @Doc("The document key, when it is about one document.") String _key,
        @Doc("For a conflict: how it was resolved (skipped, overwritten); for an error: what went wrong.")
        String what) {
}
