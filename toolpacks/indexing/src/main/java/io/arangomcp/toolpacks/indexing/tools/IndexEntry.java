package io.arangomcp.toolpacks.indexing.tools;

import io.arangomcp.ports.out.gateway.IndexInfo;
import io.arangomcp.ports.spi.schema.Doc;

import java.util.List;
import java.util.Map;

/**
 * One index as the indexing tools report it.
 *
 * @param id                  the full id
 * @param name                the name
 * @param type                the type
 * @param fields              the indexed attributes
 * @param unique              uniqueness
 * @param sparse              sparseness
 * @param selectivityEstimate the estimate, when the index keeps one
 * @param options             type-specific attributes
 */
public record IndexEntry(
        @Doc("The full index id, collection/number (collection/0 is the primary index).") String id,
        @Doc("The index name.") String name,
        @Doc("primary, edge, persistent, ttl, geo, fulltext, inverted, ...") String type,
        @Doc("The indexed attribute paths.") List<String> fields,
        @Doc("Whether values must be unique.") boolean unique,
        @Doc("Whether documents without the attributes are left out.") boolean sparse,
        @Doc("The share of distinct values (1 = all distinct); only for indexes that keep an estimate.")
        Double selectivityEstimate,
        @Doc("Type-specific attributes, e.g. deduplicate, estimates, expireAfter, geoJson, minLength.")
        Map<String, Object> options) {

    /** The entry of a backend's index description. */
    public static IndexEntry of(IndexInfo info) {
        return new IndexEntry(info.id(), info.name(), info.type(), info.fields(), info.unique(), info.sparse(),
                info.selectivityEstimate(), info.options());
    }
}
