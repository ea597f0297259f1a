package io.arangomcp.adapters.memory.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * In-memory backend: an indexed attribute path such as {@code name}, {@code address.city} or {@code tags[*]}
 * ({@code [*]} expands an array: each element is indexed on its own).
 *
 * @param path      the path as written
 * @param segments  attribute names, outermost first
 * @param expansion for each segment, whether its value is expanded with {@code [*]}
 */
public record AttributePath(String path, List<String> segments, List<Boolean> expansion) {

    private static final String EXPAND = "[*]";

    public AttributePath {
        Objects.requireNonNull(path, "path is null");
        segments = List.copyOf(segments);
        expansion = List.copyOf(expansion);
    }

    /** Parses a path; 400/10 when it is empty or malformed. */
    public static AttributePath parse(String path) {
        List<String> segments = new ArrayList<>();
        List<Boolean> expansion = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            boolean expanded = part.endsWith(EXPAND);
            String name = expanded ? part.substring(0, part.length() - EXPAND.length()) : part;
            if (name.isEmpty() || name.contains("[") || name.contains("]")) {
                throw StoreErrors.badParameter("invalid attribute path '" + path + "' in index definition");
            }
            segments.add(name);
            expansion.add(expanded);
        }
        return new AttributePath(path, segments, expansion);
    }

    /** Whether any segment expands an array. */
    public boolean expands() {
        return expansion.contains(Boolean.TRUE);
    }

    /**
     * The values this path yields for a document: one value ({@code null} when missing) for a plain path; for an
     * expanding path, one value per array element, and none when the attribute is missing or not an array.
     */
    public List<Object> values(Map<String, Object> document) {
        List<Object> current = new ArrayList<>();
        current.add(document);
        for (int i = 0; i < segments.size(); i++) {
            List<Object> next = new ArrayList<>();
            for (Object value : current) {
                Object child = value instanceof Map ? JsonValues.asObject(value).get(segments.get(i)) : null;
                if (!expansion.get(i)) {
                    next.add(child);
                } else if (child instanceof List) {
                    next.addAll((List<?>) child);
                }
            }
            current = next;
        }
        return current;
    }
}
