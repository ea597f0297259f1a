package io.arangomcp.adapters.memory.store;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.DatabaseError;

import java.util.List;

/**
 * In-memory backend: the one place that words failures, with the status, {@code errorNum} and message a real
 * ArangoDB 3.12 server answers (messages follow its {@code errors.dat} texts and the server's own extensions).
 */
public final class StoreErrors {

    private StoreErrors() {
    }

    /** 404/1203 as the collection API words it (no name). */
    public static DatabaseError collectionNotFound() {
        return ArangoErrors.DATA_SOURCE_NOT_FOUND.error();
    }

    /** 404/1203 as document operations word it: the transaction layer appends the name. */
    public static DatabaseError collectionNotFound(String name) {
        return ArangoErrors.DATA_SOURCE_NOT_FOUND.error("collection or view not found: " + name);
    }

    public static DatabaseError duplicateName() {
        return ArangoErrors.DUPLICATE_NAME.error();
    }

    public static DatabaseError illegalCollectionName() {
        return ArangoErrors.ILLEGAL_NAME.error("illegal name: collection name invalid");
    }

    /** 400/1208 with the plain text, as renaming words an illegal new name. */
    public static DatabaseError illegalName() {
        return ArangoErrors.ILLEGAL_NAME.error();
    }

    public static DatabaseError renameToSystemName() {
        return ArangoErrors.ILLEGAL_NAME.error(
                "a non-system collection shall not be renamed to a system collection name");
    }

    public static DatabaseError collectionNameNotNormalized() {
        return ArangoErrors.ILLEGAL_NAME.error("collection name is not properly UTF-8 NFC-normalized");
    }

    public static DatabaseError illegalIndexName() {
        return ArangoErrors.ILLEGAL_NAME.error("illegal name: index name invalid");
    }

    public static DatabaseError documentNotFound() {
        return ArangoErrors.DOCUMENT_NOT_FOUND.error();
    }

    /** A failed {@code ifMatch}: 412 (not 409) with errorNum 1200. */
    public static DatabaseError revisionMismatch() {
        return new DatabaseError(412, ArangoErrors.CONFLICT.errorNum(), "conflict, _rev values do not match");
    }

    /** 409/1210 with the index context the storage engine appends. */
    public static DatabaseError uniqueConstraintViolated(String indexName, String indexType, List<String> fields,
                                                         String conflictingKey) {
        return ArangoErrors.UNIQUE_CONSTRAINT_VIOLATED.error(uniqueMessage(indexName, indexType, fields,
                conflictingKey));
    }

    /** 400/1210: a unique index cannot be built over existing duplicates. */
    public static DatabaseError uniqueIndexOverDuplicates(String indexName, List<String> fields, String key) {
        return new DatabaseError(400, ArangoErrors.UNIQUE_CONSTRAINT_VIOLATED.errorNum(),
                uniqueMessage(indexName, "persistent", fields, key));
    }

    private static String uniqueMessage(String indexName, String indexType, List<String> fields, String key) {
        return "unique constraint violated - in index " + indexName + " of type " + indexType + " over '"
                + String.join(", ", fields) + "'; conflicting key: " + key;
    }

    public static DatabaseError illegalKey() {
        return ArangoErrors.DOCUMENT_KEY_BAD.error();
    }

    public static DatabaseError unexpectedKey() {
        return new DatabaseError(400, 1222, "unexpected document key");
    }

    public static DatabaseError invalidEdgeAttribute() {
        return ArangoErrors.INVALID_EDGE_ATTRIBUTE.error("edge attribute missing or invalid");
    }

    public static DatabaseError invalidDocumentType() {
        return ArangoErrors.DOCUMENT_TYPE_INVALID.error();
    }

    /** A bulk update or replace item without {@code _key}. */
    public static DatabaseError missingDocumentHandle() {
        return ArangoErrors.DOCUMENT_HANDLE_BAD.error();
    }

    public static DatabaseError invalidJson(String what) {
        return ArangoErrors.CORRUPTED_JSON.error("invalid JSON value: " + what);
    }

    public static DatabaseError invalidKeyGenerator(String message) {
        return new DatabaseError(400, 1232, message);
    }

    public static DatabaseError badParameter(String message) {
        return ArangoErrors.BAD_PARAMETER.error(message);
    }

    public static DatabaseError indexNotFound() {
        return ArangoErrors.INDEX_NOT_FOUND.error();
    }

    /** An index handle whose collection part names another collection. */
    public static DatabaseError crossCollectionRequest() {
        return ArangoErrors.CROSS_COLLECTION_REQUEST.error();
    }

    public static DatabaseError duplicateIndexIdentifier() {
        return new DatabaseError(400, 1005, "duplicate value for `id` or `name`");
    }

    /** Dropping the edge index (the primary index answers "index not found"), renaming a system collection. */
    public static DatabaseError forbidden() {
        return ArangoErrors.FORBIDDEN.error();
    }

    /** A write rejected by the collection's schema; the schema's own message when it has one. */
    public static DatabaseError validationFailed(String message) {
        return ArangoErrors.VALIDATION_FAILED.error(message == null || message.isEmpty()
                ? "schema validation failed" : message);
    }

    public static DatabaseError invalidSchema(String message) {
        return new DatabaseError(400, 1621, message);
    }
}
