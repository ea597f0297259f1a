package io.arangomcp.adapters.memory.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * In-memory backend: how stored documents are built: system attributes first ({@code _key}, {@code _id},
 * {@code _from}, {@code _to}, {@code _rev}, as ArangoDB orders them), then the user attributes in their given
 * order; and how an update patch merges into a document ({@code keepNull}, {@code mergeObjects}).
 */
final class StoredDocuments {

    private static final Set<String> GENERATED = Set.of("_key", "_id", "_rev");
    private static final Set<String> EDGE_ENDS = Set.of("_from", "_to");

    private StoredDocuments() {
    }

    /**
     * A deep-immutable stored document. {@code _key}, {@code _id} and {@code _rev} of {@code attributes} are
     * ignored; for edge collections {@code _from} and {@code _to} must be valid document ids (400/1233).
     */
    static Map<String, Object> build(MemoryCollection collection, String key, String rev,
                                     Map<String, Object> attributes) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("_key", key);
        document.put("_id", collection.name() + "/" + key);
        if (collection.isEdgeCollection()) {
            document.put("_from", edgeEnd(attributes.get("_from")));
            document.put("_to", edgeEnd(attributes.get("_to")));
        }
        document.put("_rev", rev);
        attributes.forEach((name, value) -> {
            boolean system = GENERATED.contains(name) || collection.isEdgeCollection() && EDGE_ENDS.contains(name);
            if (!system) {
                document.put(name, value);
            }
        });
        return JsonValues.freezeObject(document);
    }

    /**
     * The stored document with another {@code _id} in the same place (a renamed collection). Its values are
     * frozen already, so a shallow copy stays deep-immutable.
     */
    static Map<String, Object> withId(Map<String, Object> document, String id) {
        Map<String, Object> renamed = new LinkedHashMap<>(document);
        renamed.put("_id", id);
        return Collections.unmodifiableMap(renamed);
    }

    private static String edgeEnd(Object value) {
        if (!(value instanceof String) || !Names.isValidDocumentId((String) value)) {
            throw StoreErrors.invalidEdgeAttribute();
        }
        return (String) value;
    }

    /**
     * The attributes of {@code current} with {@code patch} merged in: {@code null} values remove attributes when
     * {@code keepNull} is off (also inside patched objects, not inside arrays); objects present on both sides
     * are merged recursively when {@code mergeObjects} is on, else replaced. Existing attributes keep their
     * place; new ones are appended.
     */
    static Map<String, Object> merge(Map<String, Object> current, Map<String, Object> patch, boolean keepNull,
                                     boolean mergeObjects) {
        Map<String, Object> merged = JsonValues.mutableObject(current);
        patch.forEach((name, value) -> {
            Object existing = merged.get(name);
            if (value == null && !keepNull) {
                merged.remove(name);
            } else if (mergeObjects && value instanceof Map && existing instanceof Map) {
                merged.put(name, merge(JsonValues.asObject(existing), JsonValues.asObject(value), keepNull, true));
            } else {
                merged.put(name, keepNull ? value : withoutNulls(value));
            }
        });
        return merged;
    }

    private static Object withoutNulls(Object value) {
        if (!(value instanceof Map)) {
            return value;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        JsonValues.asObject(value).forEach((name, inner) -> {
            if (inner != null) {
                copy.put(name, withoutNulls(inner));
            }
        });
        return copy;
    }
}
