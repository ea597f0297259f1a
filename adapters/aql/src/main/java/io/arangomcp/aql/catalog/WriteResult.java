package io.arangomcp.aql.catalog;

import java.util.Map;

/**
 * What one write did: the document before ({@code OLD}) and after ({@code NEW}), either null when there is none
 * (OLD for a fresh insert, NEW for a remove). An insert with overwriteMode {@code "ignore"} on an existing key
 * returns the existing document as both and {@code ignored = true}.
 *
 * @param oldDocument the previous document, with system attributes, or null
 * @param newDocument the stored document, with system attributes, or null
 * @param ignored     whether nothing was written
 */
public record WriteResult(Map<String, Object> oldDocument, Map<String, Object> newDocument, boolean ignored) {
}
