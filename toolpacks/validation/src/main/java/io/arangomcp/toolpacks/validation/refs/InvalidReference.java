package io.arangomcp.toolpacks.validation.refs;

import io.arangomcp.ports.spi.schema.Doc;

/**
 * A reference attribute whose value names no existing document.
 *
 * @param field  the attribute
 * @param value  its value
 * @param reason why it does not resolve
 */
public record InvalidReference(
        @Doc("The reference attribute.") String field,
        @Doc("Its value.") Object value,
        @Doc("Why it does not resolve: 'not a document id', 'collection not found' or 'document not found'.")
        String reason) {
}
