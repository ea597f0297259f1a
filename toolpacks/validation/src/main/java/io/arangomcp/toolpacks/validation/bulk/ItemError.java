package io.arangomcp.toolpacks.validation.bulk;

import io.arangomcp.ports.spi.schema.Doc;

/**
 * Why one item of a bulk write failed.
 *
 * @param index    its position in the input, from 0
 * @param key      its document key, when known
 * @param code     the error code
 * @param errorNum ArangoDB's error number, when the database refused it
 * @param message  what went wrong
 */
public record ItemError(
        @Doc("The item's position in the input, from 0.") int index,
        @Doc("The document key, when known.") String _key,
        @Doc("The error code, e.g. CONFLICT or VALIDATION_FAILED.") String code,
        @Doc("ArangoDB's error number, when the database refused the item.") Integer errorNum,
        @Doc("What went wrong.") String message) {
}
