package io.arangomcp.toolpacks.validation.schema;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.OverwriteMode;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The named JSON schemas the schema tools keep in the collection {@code mcp_schemas}, one document per schema with
 * key {@code <collection>:<name>} (the reference server's layout, so schemas it stored keep working).
 */
public final class StoredSchemas {
    /** The collection that holds the schemas. */
    public static final String COLLECTION = "mcp_schemas";
    private static final int NOT_FOUND = 404;

    private StoredSchemas() {
    }

    /** The document key of a schema. */
    public static String key(String collection, String name) {
        return collection + ":" + name;
    }

    /**
     * Stores or replaces a schema, creating the collection when missing.
     *
     * @return whether the schema is new (false: it replaced one)
     */
    public static boolean store(DatabaseGateway db, String collection, String name, Map<String, Object> schema) {
        if (db.collections().stream().noneMatch(c -> c.name().equals(COLLECTION))) {
            db.createCollection(COLLECTION, CollectionSpec.of(CollectionType.DOCUMENT));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("_key", key(collection, name));
        document.put("collection", collection);
        document.put("name", name);
        document.put("schema", schema);
        WriteResult written = db.insert(COLLECTION, document,
                WriteOptions.defaults().withOverwriteMode(OverwriteMode.REPLACE));
        return written.oldRev() == null;
    }

    /**
     * A stored schema.
     *
     * @throws ArangoMcpException {@code NOT_FOUND} naming what is missing
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> load(DatabaseGateway db, String collection, String name) {
        String key = key(collection, name);
        Map<String, Object> document;
        try {
            document = db.document(COLLECTION, key);
        } catch (DatabaseError e) {
            if (e.httpStatus() != NOT_FOUND) {
                throw e;
            }
            throw ArangoMcpException.builder(ErrorCode.NOT_FOUND, "no schema '" + name + "' is stored for collection '"
                            + collection + "'")
                    .detail("key", key)
                    .hint("Store one with arango_create_schema, or pass the schema inline as 'schema'.")
                    .build();
        }
        if (!(document.get("schema") instanceof Map<?, ?> schema)) {
            throw ArangoMcpException.builder(ErrorCode.VALIDATION_FAILED, "the stored document '" + key
                    + "' in " + COLLECTION + " has no schema object").build();
        }
        return (Map<String, Object>) schema;
    }
}
