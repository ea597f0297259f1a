package io.arangomcp.aql.functions;

import io.arangomcp.aql.catalog.Documents;
import io.arangomcp.aql.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Type checks and casts: IS_*, TYPENAME, TO_NUMBER, TO_STRING, TO_BOOL, TO_ARRAY. */
final class TypeFunctions {
    private TypeFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        b.add("IS_NULL", 1, 1, (q, a) -> a[0] == null);
        b.add("IS_BOOL", 1, 1, (q, a) -> a[0] instanceof Boolean);
        b.add("IS_NUMBER", 1, 1, (q, a) -> a[0] instanceof Number);
        b.add("IS_STRING", 1, 1, (q, a) -> a[0] instanceof String);
        b.add("IS_ARRAY", 1, 1, (q, a) -> a[0] instanceof List);
        b.alias("IS_LIST", "IS_ARRAY");
        b.add("IS_OBJECT", 1, 1, (q, a) -> a[0] instanceof Map);
        b.alias("IS_DOCUMENT", "IS_OBJECT");
        b.add("IS_KEY", 1, 1, (q, a) -> a[0] instanceof String s && Documents.isValidKey(s));
        b.add("TYPENAME", 1, 1, (q, a) -> Values.typeName(a[0]));
        b.add("TO_NUMBER", 1, 1, (q, a) -> Values.toNumber(a[0]));
        b.add("TO_STRING", 1, 1, (q, a) -> Values.toStringValue(a[0]));
        b.add("TO_BOOL", 1, 1, (q, a) -> Values.toBool(a[0]));
        b.add("TO_ARRAY", 1, 1, (q, a) -> toArray(a[0]));
        b.alias("TO_LIST", "TO_ARRAY");
    }

    static List<Object> toArray(Object v) {
        if (v == null) {
            return new ArrayList<>();
        }
        if (v instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        if (v instanceof Map<?, ?> m) {
            return new ArrayList<>(m.values());
        }
        List<Object> out = new ArrayList<>();
        out.add(v);
        return out;
    }
}
