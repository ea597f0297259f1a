package io.arangomcp.ports.out.gateway;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to create an index.
 *
 * @param type        {@code persistent}, {@code ttl}, {@code geo}, {@code fulltext}, {@code inverted}, … (the
 *                    legacy {@code hash} and {@code skiplist} are aliases of persistent)
 * @param fields      indexed attribute paths, e.g. {@code ["name", "tags[*]"]}
 * @param unique      whether values must be unique
 * @param sparse      whether documents without the attribute are left out
 * @param name        the index name, or {@code null} for a generated {@code idx_…} name
 * @param options     further type-specific attributes ({@code deduplicate}, {@code expireAfter},
 *                    {@code geoJson}, {@code minLength}, {@code storedValues}, {@code estimates}, …)
 * @since 0.1
 */
public record IndexSpec(String type, List<String> fields, boolean unique, boolean sparse, String name,
                        Map<String, Object> options) {
    public IndexSpec {
        Objects.requireNonNull(type, "type is null");
        fields = List.copyOf(Objects.requireNonNull(fields, "fields is null"));
        // Keeps the caller's order (and its null values), which Map.copyOf would not.
        options = options == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** A non-unique, non-sparse persistent index on the given fields. */
    public static IndexSpec persistent(List<String> fields) {
        return new IndexSpec("persistent", fields, false, false, null, Map.of());
    }
}
