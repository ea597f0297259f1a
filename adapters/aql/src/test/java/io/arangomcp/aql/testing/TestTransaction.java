package io.arangomcp.aql.testing;

import io.arangomcp.aql.catalog.CollectionKind;
import io.arangomcp.aql.catalog.Documents;
import io.arangomcp.aql.catalog.WriteOptions;
import io.arangomcp.aql.catalog.WriteResult;
import io.arangomcp.aql.catalog.WriteTransaction;
import io.arangomcp.aql.value.JsonSchema;
import io.arangomcp.domain.error.DatabaseError;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The write transaction of the {@link TestCatalog}: applies ArangoDB's document rules and, unless committed,
 * restores every collection it touched when closed.
 */
final class TestTransaction implements WriteTransaction {
    private final TestCatalog catalog;
    private final ReentrantLock lock;
    private final Map<String, LinkedHashMap<String, Map<String, Object>>> before = new HashMap<>();
    private boolean done;

    TestTransaction(TestCatalog catalog, ReentrantLock lock) {
        this.catalog = catalog;
        this.lock = lock;
    }

    private TestCollection touch(String name) {
        TestCollection c = catalog.require(name);
        before.computeIfAbsent(name, n -> c.copyOfDocuments());
        return c;
    }

    @Override
    public WriteResult insert(String collection, Map<String, Object> document, WriteOptions options) {
        TestCollection c = touch(collection);
        Object keyValue = document.get("_key");
        String key;
        if (keyValue == null) {
            key = catalog.nextKey();
        } else if (keyValue instanceof String s && Documents.isValidKey(s)) {
            key = s;
        } else {
            throw new DatabaseError(400, 1221, "illegal document key");
        }
        Map<String, Object> existing = c.get(key);
        if (existing != null) {
            switch (options.overwriteMode()) {
                case "ignore":
                    return new WriteResult(existing, existing, true);
                case "replace":
                    return replace(collection, key, document, options);
                case "update":
                    return update(collection, key, document, options);
                default:
                    throw new DatabaseError(409, 1210, "unique constraint violated - in index primary of type "
                            + "primary over '_key'; conflicting key: " + key);
            }
        }
        Map<String, Object> doc = build(c, key, document);
        validate(c, doc);
        c.put(key, doc);
        return new WriteResult(null, doc, false);
    }

    private Map<String, Object> build(TestCollection c, String key, Map<String, Object> body) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("_key", key);
        doc.put("_id", c.name() + "/" + key);
        if (c.kind() == CollectionKind.EDGE) {
            Object from = body.get("_from");
            Object to = body.get("_to");
            if (!(from instanceof String f) || !Documents.isValidId(f) || !(to instanceof String t)
                    || !Documents.isValidId(t)) {
                throw new DatabaseError(400, 1233, "edge attribute missing or invalid");
            }
            doc.put("_from", from);
            doc.put("_to", to);
        }
        doc.put("_rev", catalog.nextRevision());
        for (Map.Entry<String, Object> e : body.entrySet()) {
            if (!Documents.SYSTEM_ATTRIBUTES.contains(e.getKey())) {
                doc.put(e.getKey(), e.getValue());
            }
        }
        return Collections.unmodifiableMap(doc);
    }

    private static void validate(TestCollection c, Map<String, Object> doc) {
        Map<String, Object> schema = c.schema();
        if (schema == null || "none".equals(schema.get("level"))) {
            return;
        }
        Map<String, Object> user = new LinkedHashMap<>(doc);
        user.keySet().removeAll(Documents.SYSTEM_ATTRIBUTES);
        if (JsonSchema.validate(user, schema.get("rule")) != null) {
            Object message = schema.get("message");
            throw new DatabaseError(400, 1620, message instanceof String m ? m : "Schema violation");
        }
    }

    private Map<String, Object> existing(TestCollection c, String key) {
        if (!Documents.isValidKey(key)) {
            throw new DatabaseError(400, 1221, "illegal document key");
        }
        Map<String, Object> old = c.get(key);
        if (old == null) {
            throw new DatabaseError(404, 1202, "document not found");
        }
        return old;
    }

    @Override
    public WriteResult update(String collection, String key, Map<String, Object> patch, WriteOptions options) {
        TestCollection c = touch(collection);
        Map<String, Object> old = existing(c, key);
        Map<String, Object> merged = Documents.merge(old, patch, options.keepNull(), options.mergeObjects());
        Map<String, Object> doc = build(c, key, merged);
        validate(c, doc);
        c.put(key, doc);
        return new WriteResult(old, doc, false);
    }

    @Override
    public WriteResult replace(String collection, String key, Map<String, Object> document, WriteOptions options) {
        TestCollection c = touch(collection);
        Map<String, Object> old = existing(c, key);
        Map<String, Object> body = new LinkedHashMap<>(document);
        if (c.kind() == CollectionKind.EDGE) {
            body.putIfAbsent("_from", old.get("_from"));
            body.putIfAbsent("_to", old.get("_to"));
        }
        Map<String, Object> doc = build(c, key, body);
        validate(c, doc);
        c.put(key, doc);
        return new WriteResult(old, doc, false);
    }

    @Override
    public WriteResult remove(String collection, String key, WriteOptions options) {
        TestCollection c = touch(collection);
        Map<String, Object> old = existing(c, key);
        c.put(key, null);
        return new WriteResult(old, null, false);
    }

    @Override
    public Map<String, Object> get(String collection, String key) {
        return catalog.require(collection).get(key);
    }

    @Override
    public Iterator<Map<String, Object>> scan(String collection) {
        return catalog.require(collection).scan();
    }

    @Override
    public void commit() {
        before.clear();
    }

    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            before.forEach((name, docs) -> catalog.require(name).restore(docs));
        } finally {
            lock.unlock();
        }
    }
}
