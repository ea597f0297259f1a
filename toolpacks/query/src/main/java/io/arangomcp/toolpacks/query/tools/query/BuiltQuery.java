package io.arangomcp.toolpacks.query.tools.query;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An AQL query assembled from a builder's parts. Only fixed keywords (operators and sort directions the binder
 * already restricted to known values) enter the query text; the collection, every attribute name and every value
 * travel as bind parameters ({@code @@collection}, {@code doc[@f0_0]}, {@code @v0}), so no input can change the
 * query's meaning.
 *
 * @param query    the AQL text
 * @param bindVars its bind parameters
 */
record BuiltQuery(String query, Map<String, Object> bindVars) {

    /** Builds the query; {@code count} is the LIMIT count. */
    static BuiltQuery of(QueryBuilderTool.Arguments a, int count) {
        Map<String, Object> bind = new LinkedHashMap<>();
        bind.put("@collection", a.collection());
        StringBuilder q = new StringBuilder("FOR doc IN @@collection");
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < a.filters().size(); i++) {
            QueryBuilderTool.Filter f = a.filters().get(i);
            String field = attribute(f.field(), "f" + i, bind);
            String value = "@v" + i;
            bind.put("v" + i, f.value());
            conditions.add(condition(f.op(), field, value, f));
        }
        if (!conditions.isEmpty()) {
            q.append(" FILTER ").append(String.join(" AND ", conditions));
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < a.sort().size(); i++) {
            QueryBuilderTool.SortKey s = a.sort().get(i);
            keys.add(attribute(s.field(), "s" + i, bind) + " " + s.direction());
        }
        if (!keys.isEmpty()) {
            q.append(" SORT ").append(String.join(", ", keys));
        }
        q.append(" LIMIT @offset, @count");
        bind.put("offset", a.offset());
        bind.put("count", count);
        if (a.return_fields() == null || a.return_fields().isEmpty()) {
            q.append(" RETURN doc");
        } else {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < a.return_fields().size(); i++) {
                values.add(attribute(a.return_fields().get(i), "r" + i, bind));
            }
            // ZIP pairs each requested name (even a dotted one) with its value: no name is written as a key.
            bind.put("names", a.return_fields());
            q.append(" RETURN ZIP(@names, [").append(String.join(", ", values)).append("])");
        }
        return new BuiltQuery(q.toString(), bind);
    }

    /** {@code doc[@p_0][@p_1]...} for a dotted path, each step a bind parameter. */
    private static String attribute(String path, String prefix, Map<String, Object> bind) {
        String[] steps = path.split("\\.", -1);
        StringBuilder access = new StringBuilder("doc");
        for (int i = 0; i < steps.length; i++) {
            if (steps[i].isEmpty()) {
                throw ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS, "'" + path
                        + "' is not an attribute path: use names separated by single dots, e.g. address.city").build();
            }
            bind.put(prefix + "_" + i, steps[i]);
            access.append("[@").append(prefix).append('_').append(i).append(']');
        }
        return access.toString();
    }

    private static String condition(String op, String field, String value, QueryBuilderTool.Filter f) {
        if (op.equals("IN") || op.equals("NOT IN")) {
            if (!(f.value() instanceof List)) {
                throw ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS, "the value of an " + op
                        + " filter on '" + f.field() + "' must be an array").build();
            }
            return field + " " + op + " " + value;
        }
        if (op.equals("LIKE")) {
            // Case-insensitive, as the reference server did.
            return "LIKE(" + field + ", " + value + ", true)";
        }
        return field + " " + op + " " + value;
    }
}
