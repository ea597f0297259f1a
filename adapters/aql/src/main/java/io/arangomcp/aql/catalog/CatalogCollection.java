package io.arangomcp.aql.catalog;

import io.arangomcp.aql.value.Values;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One collection as the engine sees it: metadata, a snapshot scan in insertion order, key lookup, and the
 * index lookups the planner uses. The default lookups scan; implementations override them with real indexes.
 */
public interface CatalogCollection {

    /** The collection name. */
    String name();

    /** The collection id as a numeric string ({@code COLLECTIONS()} reports it as {@code _id}). */
    String id();

    /** Document or edge collection. */
    CollectionKind kind();

    /** The number of documents. */
    long count();

    /** All documents in insertion order, as of the call (a snapshot). */
    Iterator<Map<String, Object>> scan();

    /** The document with this key, or null. */
    Map<String, Object> get(String key);

    /**
     * The indexes: at least the primary index ({@code type "primary"}, fields {@code ["_key"]}); edge collections
     * also have {@code "edge"} on {@code ["_from", "_to"]}.
     */
    List<IndexDescriptor> indexes();

    /** The collection's schema object ({@code {rule, level, message}}) or null ({@code SCHEMA_GET}). */
    default Map<String, Object> schema() {
        return null;
    }

    /**
     * The edges of an edge collection whose {@code _from} (OUTBOUND) or {@code _to} (INBOUND) is
     * {@code vertexId}, in insertion order. The default scans; implementations should use their edge index.
     */
    default List<Map<String, Object>> edges(String vertexId, EdgeDirection direction) {
        String attribute = direction == EdgeDirection.OUTBOUND ? "_from" : "_to";
        List<Map<String, Object>> out = new ArrayList<>();
        for (Iterator<Map<String, Object>> it = scan(); it.hasNext(); ) {
            Map<String, Object> doc = it.next();
            if (vertexId.equals(doc.get(attribute))) {
                out.add(doc);
            }
        }
        return out;
    }

    /**
     * The documents matching a lookup on a persistent (or hash/skiplist) index, ordered by the index fields in
     * AQL order (ties in insertion order). The default scans and sorts; implementations should use a sorted
     * structure.
     */
    default Iterator<Map<String, Object>> lookup(IndexDescriptor index, IndexLookup lookup) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Iterator<Map<String, Object>> it = scan(); it.hasNext(); ) {
            Map<String, Object> doc = it.next();
            if (lookup.matches(index, doc)) {
                out.add(doc);
            }
        }
        out.sort((a, b) -> {
            for (String field : index.fields()) {
                int c = Values.compare(IndexLookup.fieldValue(a, field), IndexLookup.fieldValue(b, field));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        return out.iterator();
    }
}
