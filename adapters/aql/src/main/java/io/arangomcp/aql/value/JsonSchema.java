package io.arangomcp.aql.value;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small JSON Schema (draft 4) validator for document schemas and {@code SCHEMA_VALIDATE}: type, enum, const,
 * properties, required, additionalProperties, patternProperties, items, min/max items and lengths, minimum,
 * maximum (with exclusive forms), multipleOf, pattern, uniqueItems, allOf, anyOf, oneOf, not.
 */
public final class JsonSchema {
    private JsonSchema() {
    }

    /** Null when {@code value} satisfies {@code schema}, else a message naming the first violation. */
    public static String validate(Object value, Object schema) {
        return check(value, schema, "");
    }

    private static String check(Object v, Object schemaValue, String path) {
        if (!(schemaValue instanceof Map<?, ?> s) || s.isEmpty()) {
            return null;
        }
        String where = path.isEmpty() ? "document" : "attribute '" + path + "'";
        if (s.containsKey("type") && !typeMatches(v, s.get("type"))) {
            return where + " has the wrong type (expected " + s.get("type") + ")";
        }
        if (s.get("enum") instanceof List<?> options && options.stream().noneMatch(o -> Values.equal(o, v))) {
            return where + " is not one of the allowed values";
        }
        if (s.containsKey("const") && !Values.equal(s.get("const"), v)) {
            return where + " does not have the required value";
        }
        String r = checkNumber(v, s, where);
        if (r == null) {
            r = checkString(v, s, where);
        }
        if (r == null) {
            r = checkArray(v, s, path, where);
        }
        if (r == null) {
            r = checkObject(v, s, path, where);
        }
        if (r == null) {
            r = checkCombinations(v, s, path, where);
        }
        return r;
    }

    private static boolean typeMatches(Object v, Object type) {
        if (type instanceof List<?> types) {
            return types.stream().anyMatch(t -> typeMatches(v, t));
        }
        return switch (String.valueOf(type)) {
            case "null" -> v == null;
            case "boolean" -> v instanceof Boolean;
            case "number" -> v instanceof Number;
            case "integer" -> v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue());
            case "string" -> v instanceof String;
            case "array" -> v instanceof List;
            case "object" -> v instanceof Map;
            default -> true;
        };
    }

    private static String checkNumber(Object v, Map<?, ?> s, String where) {
        if (!(v instanceof Number n)) {
            return null;
        }
        double d = n.doubleValue();
        if (s.get("minimum") instanceof Number min) {
            boolean exclusive = Boolean.TRUE.equals(s.get("exclusiveMinimum"));
            if (exclusive ? d <= min.doubleValue() : d < min.doubleValue()) {
                return where + " is too small";
            }
        }
        if (s.get("maximum") instanceof Number max) {
            boolean exclusive = Boolean.TRUE.equals(s.get("exclusiveMaximum"));
            if (exclusive ? d >= max.doubleValue() : d > max.doubleValue()) {
                return where + " is too large";
            }
        }
        if (s.get("exclusiveMinimum") instanceof Number min && d <= min.doubleValue()) {
            return where + " is too small";
        }
        if (s.get("exclusiveMaximum") instanceof Number max && d >= max.doubleValue()) {
            return where + " is too large";
        }
        if (s.get("multipleOf") instanceof Number m && m.doubleValue() > 0) {
            double q = d / m.doubleValue();
            if (Math.abs(q - Math.rint(q)) > 1e-9) {
                return where + " is not a multiple of " + NumberText.format(m);
            }
        }
        return null;
    }

    private static String checkString(Object v, Map<?, ?> s, String where) {
        if (!(v instanceof String str)) {
            return null;
        }
        int len = str.codePointCount(0, str.length());
        if (s.get("minLength") instanceof Number min && len < min.intValue()) {
            return where + " is too short";
        }
        if (s.get("maxLength") instanceof Number max && len > max.intValue()) {
            return where + " is too long";
        }
        if (s.get("pattern") instanceof String p && !Pattern.compile(p).matcher(str).find()) {
            return where + " does not match the pattern";
        }
        return null;
    }

    private static String checkArray(Object v, Map<?, ?> s, String path, String where) {
        if (!(v instanceof List<?> list)) {
            return null;
        }
        if (s.get("minItems") instanceof Number min && list.size() < min.intValue()) {
            return where + " has too few items";
        }
        if (s.get("maxItems") instanceof Number max && list.size() > max.intValue()) {
            return where + " has too many items";
        }
        if (Boolean.TRUE.equals(s.get("uniqueItems"))) {
            java.util.Set<ValueKey> seen = new java.util.HashSet<>();
            for (Object x : list) {
                if (!seen.add(new ValueKey(x))) {
                    return where + " has duplicate items";
                }
            }
        }
        Object items = s.get("items");
        for (int i = 0; i < list.size(); i++) {
            Object itemSchema = items instanceof List<?> tuple ? (i < tuple.size() ? tuple.get(i) : null) : items;
            String r = check(list.get(i), itemSchema, path + "[" + i + "]");
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private static String checkObject(Object v, Map<?, ?> s, String path, String where) {
        if (!(v instanceof Map<?, ?> obj)) {
            return null;
        }
        if (s.get("required") instanceof List<?> required) {
            for (Object name : required) {
                if (!obj.containsKey(name)) {
                    return where + " is missing required attribute '" + name + "'";
                }
            }
        }
        Map<?, ?> props = s.get("properties") instanceof Map<?, ?> p ? p : Map.of();
        Map<?, ?> patterns = s.get("patternProperties") instanceof Map<?, ?> p ? p : Map.of();
        if (s.get("minProperties") instanceof Number min && obj.size() < min.intValue()) {
            return where + " has too few attributes";
        }
        if (s.get("maxProperties") instanceof Number max && obj.size() > max.intValue()) {
            return where + " has too many attributes";
        }
        for (Map.Entry<?, ?> e : obj.entrySet()) {
            String key = String.valueOf(e.getKey());
            String sub = path.isEmpty() ? key : path + "." + key;
            boolean known = false;
            if (props.containsKey(key)) {
                known = true;
                String r = check(e.getValue(), props.get(key), sub);
                if (r != null) {
                    return r;
                }
            }
            for (Map.Entry<?, ?> pe : patterns.entrySet()) {
                if (Pattern.compile(String.valueOf(pe.getKey())).matcher(key).find()) {
                    known = true;
                    String r = check(e.getValue(), pe.getValue(), sub);
                    if (r != null) {
                        return r;
                    }
                }
            }
            Object additional = s.get("additionalProperties");
            if (!known && additional != null) {
                if (Boolean.FALSE.equals(additional)) {
                    return where + " has unexpected attribute '" + key + "'";
                }
                String r = check(e.getValue(), additional, sub);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private static String checkCombinations(Object v, Map<?, ?> s, String path, String where) {
        if (s.get("allOf") instanceof List<?> all) {
            for (Object sub : all) {
                String r = check(v, sub, path);
                if (r != null) {
                    return r;
                }
            }
        }
        if (s.get("anyOf") instanceof List<?> any && any.stream().noneMatch(sub -> check(v, sub, path) == null)) {
            return where + " matches none of the alternatives";
        }
        if (s.get("oneOf") instanceof List<?> one && one.stream().filter(sub -> check(v, sub, path) == null)
                .count() != 1) {
            return where + " does not match exactly one alternative";
        }
        if (s.containsKey("not") && check(v, s.get("not"), path) == null) {
            return where + " matches a forbidden schema";
        }
        return null;
    }
}
