package io.arangomcp.toolpacks.validation.schema;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import static io.arangomcp.toolpacks.validation.schema.JsonValuesCompare.decimal;
import static io.arangomcp.toolpacks.validation.schema.JsonValuesCompare.isType;
import static io.arangomcp.toolpacks.validation.schema.JsonValuesCompare.jsonEquals;
import static io.arangomcp.toolpacks.validation.schema.JsonValuesCompare.typeOf;

/**
 * Validates JSON values against a JSON schema (the keywords drafts 4 to 2020-12 share; see {@link SchemaCheck} for
 * the list), reporting every violation with its path. The schema must have passed {@link SchemaCheck#problems}.
 * Stateless per call; thread-safe.
 */
public final class JsonSchemaValidator {
    /** Deeper than this, a schema is taken to reference itself without end. */
    private static final int MAX_DEPTH = 64;

    private final Map<String, Object> root;

    private JsonSchemaValidator(Map<String, Object> root) {
        this.root = root;
    }

    /** Every violation of {@code schema} by {@code value}, sorted by path, then message. */
    public static List<Violation> validate(Map<String, Object> schema, Object value) {
        Objects.requireNonNull(schema, "schema is null");
        List<Violation> out = new ArrayList<>();
        new JsonSchemaValidator(schema).check(schema, value, new ArrayList<>(), out, 0);
        out.sort(Comparator.comparing(Violation::pathText).thenComparing(Violation::message));
        return out;
    }

    @SuppressWarnings("unchecked")
    private void check(Object schema, Object value, List<Object> path, List<Violation> out, int depth) {
        if (depth > MAX_DEPTH) {
            throw new ArangoMcpException(ErrorCode.INVALID_ARGUMENTS,
                    "the schema references itself without end (more than " + MAX_DEPTH + " nested $refs)");
        }
        if (Boolean.FALSE.equals(schema)) {
            out.add(new Violation(path, "no value is allowed here", "false"));
        }
        if (!(schema instanceof Map)) {
            return;
        }
        Map<String, Object> s = (Map<String, Object>) schema;
        if (s.get("$ref") instanceof String ref) {
            // Drafts 4 to 7 ignore the keywords beside $ref.
            check(SchemaCheck.resolve(root, ref), value, path, out, depth + 1);
            return;
        }
        checkType(s, value, path, out);
        checkEnum(s, value, path, out);
        if (value instanceof String text) {
            checkString(s, text, path, out);
        } else if (value instanceof Number number) {
            checkNumber(s, number, path, out);
        } else if (value instanceof List<?> list) {
            checkArray(s, list, path, out, depth);
        } else if (value instanceof Map<?, ?> object) {
            checkObject(s, (Map<String, Object>) object, path, out, depth);
        }
        checkCombinations(s, value, path, out, depth);
    }

    private static void checkType(Map<String, Object> s, Object value, List<Object> path, List<Violation> out) {
        Object type = s.get("type");
        if (type == null) {
            return;
        }
        List<?> types = type instanceof List<?> l ? l : List.of(type);
        if (types.stream().noneMatch(t -> isType(value, (String) t))) {
            out.add(new Violation(path, "is " + typeOf(value) + ", expected " + String.join(" or ",
                    types.stream().map(String::valueOf).toList()), "type"));
        }
    }

    private static void checkEnum(Map<String, Object> s, Object value, List<Object> path, List<Violation> out) {
        if (s.get("enum") instanceof List<?> allowed && allowed.stream().noneMatch(a -> jsonEquals(a, value))) {
            out.add(new Violation(path, "must be one of " + allowed, "enum"));
        }
        if (s.containsKey("const") && !jsonEquals(s.get("const"), value)) {
            out.add(new Violation(path, "must be " + s.get("const"), "const"));
        }
    }

    private static void checkString(Map<String, Object> s, String text, List<Object> path, List<Violation> out) {
        int length = text.codePointCount(0, text.length());
        if (s.get("minLength") instanceof Number min && length < min.longValue()) {
            out.add(new Violation(path, "is shorter than " + min + " characters", "minLength"));
        }
        if (s.get("maxLength") instanceof Number max && length > max.longValue()) {
            out.add(new Violation(path, "is longer than " + max + " characters", "maxLength"));
        }
        if (s.get("pattern") instanceof String pattern && !Pattern.compile(pattern).matcher(text).find()) {
            out.add(new Violation(path, "does not match the pattern " + pattern, "pattern"));
        }
    }

    private static void checkNumber(Map<String, Object> s, Number number, List<Object> path, List<Violation> out) {
        BigDecimal v = decimal(number);
        if (v == null) {
            return;
        }
        boolean exclusiveMin = Boolean.TRUE.equals(s.get("exclusiveMinimum"));
        boolean exclusiveMax = Boolean.TRUE.equals(s.get("exclusiveMaximum"));
        if (s.get("minimum") instanceof Number min && (exclusiveMin ? v.compareTo(decimal(min)) <= 0
                : v.compareTo(decimal(min)) < 0)) {
            out.add(new Violation(path, "must be " + (exclusiveMin ? "more than " : "at least ") + min, "minimum"));
        }
        if (s.get("maximum") instanceof Number max && (exclusiveMax ? v.compareTo(decimal(max)) >= 0
                : v.compareTo(decimal(max)) > 0)) {
            out.add(new Violation(path, "must be " + (exclusiveMax ? "less than " : "at most ") + max, "maximum"));
        }
        if (s.get("exclusiveMinimum") instanceof Number min && v.compareTo(decimal(min)) <= 0) {
            out.add(new Violation(path, "must be more than " + min, "exclusiveMinimum"));
        }
        if (s.get("exclusiveMaximum") instanceof Number max && v.compareTo(decimal(max)) >= 0) {
            out.add(new Violation(path, "must be less than " + max, "exclusiveMaximum"));
        }
        if (s.get("multipleOf") instanceof Number m && v.remainder(decimal(m)).signum() != 0) {
            out.add(new Violation(path, "must be a multiple of " + m, "multipleOf"));
        }
    }

    private void checkArray(Map<String, Object> s, List<?> list, List<Object> path, List<Violation> out,
                            int depth) {
        if (s.get("minItems") instanceof Number min && list.size() < min.longValue()) {
            out.add(new Violation(path, "has fewer than " + min + " items", "minItems"));
        }
        if (s.get("maxItems") instanceof Number max && list.size() > max.longValue()) {
            out.add(new Violation(path, "has more than " + max + " items", "maxItems"));
        }
        if (Boolean.TRUE.equals(s.get("uniqueItems")) && hasDuplicates(list)) {
            out.add(new Violation(path, "has duplicate items", "uniqueItems"));
        }
        Object items = s.get("items");
        for (int i = 0; i < list.size(); i++) {
            Object itemSchema = items instanceof List<?> tuple ? (i < tuple.size() ? tuple.get(i) : null) : items;
            if (itemSchema != null) {
                check(itemSchema, list.get(i), child(path, i), out, depth + 1);
            }
        }
    }

    private static boolean hasDuplicates(List<?> list) {
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                if (jsonEquals(list.get(i), list.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private void checkObject(Map<String, Object> s, Map<String, Object> object, List<Object> path,
                             List<Violation> out, int depth) {
        if (s.get("required") instanceof List<?> required) {
            for (Object name : required) {
                if (!object.containsKey((String) name)) {
                    out.add(new Violation(path, "required property '" + name + "' is missing", "required"));
                }
            }
        }
        if (s.get("minProperties") instanceof Number min && object.size() < min.longValue()) {
            out.add(new Violation(path, "has fewer than " + min + " properties", "minProperties"));
        }
        if (s.get("maxProperties") instanceof Number max && object.size() > max.longValue()) {
            out.add(new Violation(path, "has more than " + max + " properties", "maxProperties"));
        }
        Map<String, Object> properties = s.get("properties") instanceof Map<?, ?> p ? (Map<String, Object>) p
                : Map.of();
        Map<String, Object> patterns = s.get("patternProperties") instanceof Map<?, ?> p
                ? (Map<String, Object>) p : Map.of();
        Object additional = s.get("additionalProperties");
        for (Map.Entry<String, Object> e : object.entrySet()) {
            List<Object> at = child(path, e.getKey());
            boolean matched = properties.containsKey(e.getKey());
            if (matched) {
                check(properties.get(e.getKey()), e.getValue(), at, out, depth + 1);
            }
            for (Map.Entry<String, Object> p : patterns.entrySet()) {
                if (Pattern.compile(p.getKey()).matcher(e.getKey()).find()) {
                    matched = true;
                    check(p.getValue(), e.getValue(), at, out, depth + 1);
                }
            }
            if (!matched && Boolean.FALSE.equals(additional)) {
                out.add(new Violation(path, "property '" + e.getKey() + "' is not allowed", "additionalProperties"));
            } else if (!matched && additional instanceof Map) {
                check(additional, e.getValue(), at, out, depth + 1);
            }
        }
    }

    private void checkCombinations(Map<String, Object> s, Object value, List<Object> path, List<Violation> out,
                                   int depth) {
        if (s.get("allOf") instanceof List<?> all) {
            for (Object sub : all) {
                check(sub, value, path, out, depth + 1);
            }
        }
        if (s.get("anyOf") instanceof List<?> any && any.stream().noneMatch(sub -> valid(sub, value, depth))) {
            out.add(new Violation(path, "matches none of the anyOf schemas", "anyOf"));
        }
        if (s.get("oneOf") instanceof List<?> one) {
            long matching = one.stream().filter(sub -> valid(sub, value, depth)).count();
            if (matching != 1) {
                out.add(new Violation(path, "matches " + matching + " of the oneOf schemas, expected exactly 1",
                        "oneOf"));
            }
        }
        if (s.containsKey("not") && valid(s.get("not"), value, depth)) {
            out.add(new Violation(path, "must not match the 'not' schema", "not"));
        }
    }

    private boolean valid(Object schema, Object value, int depth) {
        List<Violation> found = new ArrayList<>();
        check(schema, value, List.of(), found, depth + 1);
        return found.isEmpty();
    }

    private static List<Object> child(List<Object> path, Object step) {
        List<Object> next = new ArrayList<>(path);
        next.add(step);
        return next;
    }
}
