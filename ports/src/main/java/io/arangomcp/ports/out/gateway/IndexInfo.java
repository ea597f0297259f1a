package io.arangomcp.ports.out.gateway;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a backend reports about one index.
 *
 * @param id                  the full id {@code collection/number} ({@code collection/0} is the primary index)
 * @param name                the index name
 * @param type                {@code primary}, {@code edge}, {@code persistent}, {@code ttl}, …
 * @param fields              the indexed attribute paths
 * @param unique              whether values are unique
 * @param sparse              whether the index is sparse
 * @param selectivityEstimate the selectivity estimate, or {@code null} when the index keeps none
 * @param newlyCreated        on creation: whether it was created now (false: an equal index existed)
 * @param options             the remaining type-specific attributes
 * @since 0.1
 */
public record IndexInfo(String id, String name, String type, List<String> fields, boolean unique, boolean sparse,
                        Double selectivityEstimate, boolean newlyCreated, Map<String, Object> options) {
    public IndexInfo {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
        fields = List.copyOf(fields);
        // Keeps the backend's order (and its null values), which Map.copyOf would not.
        options = options == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** The index the way ArangoDB's HTTP API describes it. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("name", name);
        json.put("type", type);
        json.put("fields", fields);
        json.put("unique", unique);
        json.put("sparse", sparse);
        if (selectivityEstimate != null) {
            json.put("selectivityEstimate", selectivityEstimate);
        }
        json.putAll(options);
        return json;
    }
}
