package io.arangomcp.aql.catalog;

import io.arangomcp.aql.value.Values;
import java.util.List;
import java.util.Map;

/**
 * A lookup on a sorted index: equality on a prefix of its fields, then optionally a range on the next field.
 *
 * @param equals    values for the first {@code equals.size()} fields
 * @param lower     the lower bound on field number {@code equals.size()}, or null
 * @param upper     the upper bound on that field, or null
 */
public record IndexLookup(List<Object> equals, Bound lower, Bound upper) {
    public IndexLookup {
        equals = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(equals));
    }

    /** One end of a range; {@code inclusive} for {@code <=}/{@code >=}. */
    public record Bound(Object value, boolean inclusive) {
    }

    /** Whether a document satisfies this lookup on the given index. */
    public boolean matches(IndexDescriptor index, Map<String, Object> doc) {
        List<String> fields = index.fields();
        for (int i = 0; i < equals.size(); i++) {
            if (!Values.equal(fieldValue(doc, fields.get(i)), equals.get(i))) {
                return false;
            }
        }
        if (lower == null && upper == null) {
            return true;
        }
        Object v = fieldValue(doc, fields.get(equals.size()));
        if (lower != null) {
            int c = Values.compare(v, lower.value());
            if (c < 0 || (c == 0 && !lower.inclusive())) {
                return false;
            }
        }
        if (upper != null) {
            int c = Values.compare(v, upper.value());
            return c < 0 || (c == 0 && upper.inclusive());
        }
        return true;
    }

    /** The value of a dotted attribute path in a document, or null. */
    public static Object fieldValue(Map<String, Object> doc, String path) {
        Object current = doc;
        int start = 0;
        while (true) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            int dot = path.indexOf('.', start);
            String part = dot < 0 ? path.substring(start) : path.substring(start, dot);
            current = map.get(part);
            if (dot < 0) {
                return current;
            }
            start = dot + 1;
        }
    }
}
