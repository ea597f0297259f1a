package io.arangomcp.aql.catalog;

import java.util.List;

/**
 * An index as the planner sees it.
 *
 * @param id     the index id ({@code "<collection>/<n>"} or just the number)
 * @param name   the index name ({@code "primary"}, {@code "edge"}, {@code "idx_…"})
 * @param type   {@code primary}, {@code edge}, {@code persistent} ({@code hash}/{@code skiplist} are aliases),
 *               or another type the planner ignores (ttl, geo, fulltext, inverted, …)
 * @param fields the indexed attribute paths, dotted for sub-attributes
 * @param unique whether values are unique
 * @param sparse whether documents lacking a field (or having null) are left out
 */
public record IndexDescriptor(String id, String name, String type, List<String> fields, boolean unique,
                              boolean sparse) {
    public IndexDescriptor {
        fields = List.copyOf(fields);
    }

    /** Whether the planner can use this index for equality and range lookups. */
    public boolean isSorted() {
        return type.equals("persistent") || type.equals("hash") || type.equals("skiplist");
    }
}
