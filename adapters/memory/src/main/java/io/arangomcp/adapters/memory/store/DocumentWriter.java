package io.arangomcp.adapters.memory.store;

import io.arangomcp.ports.out.gateway.OverwriteMode;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * In-memory backend: single-document writes with ArangoDB's semantics: key generation and validation,
 * {@code overwriteMode}, {@code ifMatch} revision checks (412/1200), merging, schema validation, unique
 * constraints, and {@code returnNew}/{@code returnOld}. Every method must run inside
 * {@link MemoryDatabase#write} and either applies the whole write or nothing.
 */
public final class DocumentWriter {

    private final MemoryDatabase database;
    private final ServerClock clock;

    DocumentWriter(MemoryDatabase database, ServerClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The collection to write to: 404/1203 ("collection or view not found: name") when it is missing. */
    private MemoryCollection target(String name) {
        database.requireWriteLock();
        return database.collectionForDocuments(name);
    }

    /** Inserts a document, or applies {@code overwriteMode} when its {@code _key} exists. */
    public WriteResult insert(String collectionName, Map<String, Object> input, WriteOptions options) {
        MemoryCollection collection = target(collectionName);
        Map<String, Object> attributes = requireObject(input);
        Object givenKey = attributes.get("_key");
        String key;
        if (givenKey == null) {
            key = collection.keyGenerator().generate();
        } else {
            if (!(givenKey instanceof String) || !Names.isValidKey((String) givenKey)) {
                throw StoreErrors.illegalKey();
            }
            key = (String) givenKey;
            Map<String, Object> existing = collection.document(key).orElse(null);
            if (existing != null) {
                return overwrite(collection, existing, attributes, options);
            }
            collection.keyGenerator().accept(key);
        }
        Map<String, Object> created = StoredDocuments.build(collection, key, clock.nextRevision(), attributes);
        checkSchema(collection, created, null);
        database.recordWrite(collection, collection.store(created, null), created);
        return result(created, null, options);
    }

    private WriteResult overwrite(MemoryCollection collection, Map<String, Object> existing,
                                  Map<String, Object> attributes, WriteOptions options) {
        OverwriteMode mode = options.overwriteMode() == null ? OverwriteMode.CONFLICT : options.overwriteMode();
        switch (mode) {
            case IGNORE:
                return new WriteResult((String) existing.get("_id"), (String) existing.get("_key"),
                        (String) existing.get("_rev"), null, null, null);
            case REPLACE:
                return write(collection, existing, attributes, options);
            case UPDATE:
                return write(collection, existing, StoredDocuments.merge(existing, attributes, options.keepNull(),
                        options.mergeObjects()), options);
            default:
                throw StoreErrors.uniqueConstraintViolated("primary", "primary", List.of("_key"),
                        (String) existing.get("_key"));
        }
    }

    /** Merges {@code patch} into the document with this key. */
    public WriteResult update(String collectionName, String key, Map<String, Object> patch,
                              WriteOptions options) {
        MemoryCollection collection = target(collectionName);
        Map<String, Object> changes = requireObject(patch);
        Map<String, Object> existing = existing(collection, key, options);
        return write(collection, existing,
                StoredDocuments.merge(existing, changes, options.keepNull(), options.mergeObjects()), options);
    }

    /** Replaces the user attributes of the document with this key. */
    public WriteResult replace(String collectionName, String key, Map<String, Object> document,
                               WriteOptions options) {
        MemoryCollection collection = target(collectionName);
        Map<String, Object> replacement = requireObject(document);
        return write(collection, existing(collection, key, options), replacement, options);
    }

    /** Removes the document with this key. */
    public WriteResult remove(String collectionName, String key, WriteOptions options) {
        MemoryCollection collection = target(collectionName);
        Map<String, Object> existing = existing(collection, key, options);
        database.recordWrite(collection, collection.delete(existing), null);
        return new WriteResult((String) existing.get("_id"), key, (String) existing.get("_rev"), null, null,
                options.returnOld() ? existing : null);
    }

    private WriteResult write(MemoryCollection collection, Map<String, Object> existing,
                              Map<String, Object> attributes, WriteOptions options) {
        Map<String, Object> next = StoredDocuments.build(collection, (String) existing.get("_key"),
                clock.nextRevision(), attributes);
        checkSchema(collection, next, existing);
        database.recordWrite(collection, collection.store(next, existing), next);
        return result(next, existing, options);
    }

    private static Map<String, Object> existing(MemoryCollection collection, String key, WriteOptions options) {
        Map<String, Object> existing = collection.document(Objects.requireNonNull(key, "key is null"))
                .orElseThrow(StoreErrors::documentNotFound);
        if (options.ifMatch() != null && !options.ifMatch().equals(existing.get("_rev"))) {
            throw StoreErrors.revisionMismatch();
        }
        return existing;
    }

    private static void checkSchema(MemoryCollection collection, Map<String, Object> next,
                                    Map<String, Object> previous) {
        if (collection.schema() != null) {
            collection.schema().check(next, previous);
        }
    }

    private static WriteResult result(Map<String, Object> written, Map<String, Object> previous,
                                      WriteOptions options) {
        return new WriteResult((String) written.get("_id"), (String) written.get("_key"),
                (String) written.get("_rev"), previous == null ? null : (String) previous.get("_rev"),
                options.returnNew() ? written : null,
                options.returnOld() && previous != null ? previous : null);
    }

    private static Map<String, Object> requireObject(Map<String, Object> input) {
        if (input == null) {
            throw StoreErrors.invalidDocumentType();
        }
        return input;
    }
}
