package io.arangomcp.toolpacks.validation.schema;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks that a JSON schema is well formed for {@link JsonSchemaValidator}: every keyword it evaluates has a value
 * of the right kind, patterns compile, and {@code $ref}s point inside the schema. Evaluated keywords: type, enum,
 * const, minLength, maxLength, pattern, minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, items,
 * minItems, maxItems, uniqueItems, properties, patternProperties, additionalProperties, required, minProperties,
 * maxProperties, allOf, anyOf, oneOf, not and local $ref; format and annotations are ignored, as the drafts allow.
 */
public final class SchemaCheck {
    private static final Set<String> TYPES = Set.of("null", "boolean", "object", "array", "number", "integer",
            "string");
    private static final Set<String> COUNTS = Set.of("minLength", "maxLength", "minItems", "maxItems",
            "minProperties", "maxProperties");
    private static final Set<String> NUMBERS = Set.of("minimum", "maximum", "multipleOf");
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "definitions", "$defs");
    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf");
    /** Keywords with a meaning this validator does not evaluate; reported so callers know. */
    private static final Set<String> NOT_EVALUATED = Set.of("if", "then", "else", "dependencies",
            "dependentRequired", "dependentSchemas", "contains", "propertyNames", "additionalItems", "prefixItems",
            "unevaluatedProperties", "unevaluatedItems", "$dynamicRef", "$recursiveRef");

    /** Keywords whose values are data, not schemas. */
    private static final Set<String> VALUES = Set.of("enum", "const", "default", "examples");

    private SchemaCheck() {
    }

    /** Every problem with the schema, as {@code "<where>: <what>"}; empty when it is well formed. */
    public static List<String> problems(Map<String, Object> schema) {
        List<String> problems = new ArrayList<>();
        walk(schema, schema, "#", problems);
        return problems;
    }

    /**
     * Checks the schema.
     *
     * @throws ArangoMcpException {@code INVALID_ARGUMENTS} listing every problem
     */
    public static void requireWellFormed(Map<String, Object> schema, String argument) {
        List<String> problems = problems(schema);
        if (!problems.isEmpty()) {
            throw ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS, "'" + argument
                            + "' is not a usable JSON schema: " + String.join("; ", problems))
                    .detail("problems", problems)
                    .hint("Fix the schema; nothing was stored or changed.")
                    .build();
        }
    }

    /** Keywords the schema uses that the validator does not evaluate, sorted. */
    public static List<String> notEvaluated(Object schema) {
        Set<String> found = new TreeSet<>();
        collect(schema, found);
        return List.copyOf(found);
    }

    /** The sub-schema a local {@code $ref} ({@code #}, {@code #/definitions/x}, {@code #/$defs/x}, …) names. */
    static Object resolve(Map<String, Object> root, String ref) {
        if (!ref.startsWith("#")) {
            throw new IllegalArgumentException("only local references (#/...) are supported, got '" + ref + "'");
        }
        Object at = root;
        for (String raw : ref.substring(1).split("/")) {
            if (raw.isEmpty()) {
                continue;
            }
            String step = raw.replace("~1", "/").replace("~0", "~");
            if (!(at instanceof Map<?, ?> map) || !map.containsKey(step)) {
                throw new IllegalArgumentException("'" + ref + "' points to nothing in the schema");
            }
            at = map.get(step);
        }
        return at;
    }

    @SuppressWarnings("unchecked")
    private static void walk(Map<String, Object> root, Object schema, String where, List<String> problems) {
        if (schema instanceof Boolean) {
            return;
        }
        if (!(schema instanceof Map)) {
            problems.add(where + ": a schema must be an object or a boolean");
            return;
        }
        for (Map.Entry<String, Object> e : ((Map<String, Object>) schema).entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            String at = where + "/" + key;
            if (key.equals("type")) {
                checkType(value, at, problems);
            } else if (key.equals("enum") || key.equals("required")) {
                checkList(key, value, at, problems);
            } else if (COUNTS.contains(key)) {
                expect(value instanceof Number n && JsonValuesCompare.isIntegral(n) && n.doubleValue() >= 0, at,
                        "must be a non-negative integer", problems);
            } else if (NUMBERS.contains(key)) {
                expect(value instanceof Number n && (!key.equals("multipleOf") || n.doubleValue() > 0), at,
                        key.equals("multipleOf") ? "must be a number above 0" : "must be a number", problems);
            } else if (key.equals("exclusiveMinimum") || key.equals("exclusiveMaximum")) {
                expect(value instanceof Number || value instanceof Boolean, at, "must be a number or a boolean",
                        problems);
            } else if (key.equals("pattern")) {
                checkPattern(value, at, problems);
            } else if (key.equals("$ref")) {
                checkRef(root, value, at, problems);
            } else if (SCHEMA_MAPS.contains(key)) {
                checkSchemaMap(root, key, value, at, problems);
            } else if (SCHEMA_LISTS.contains(key)) {
                checkSchemaList(root, value, at, problems);
            } else if (key.equals("items") && value instanceof List<?> tuple) {
                for (int i = 0; i < tuple.size(); i++) {
                    walk(root, tuple.get(i), at + "/" + i, problems);
                }
            } else if (key.equals("items") || key.equals("not") || key.equals("additionalProperties")) {
                walk(root, value, at, problems);
            }
        }
    }

    private static void checkType(Object value, String at, List<String> problems) {
        List<?> types = value instanceof List<?> l ? l : List.of(value == null ? "" : value);
        boolean ok = !types.isEmpty() && types.stream().allMatch(t -> t instanceof String s && TYPES.contains(s));
        expect(ok, at, "must be one of " + new TreeSet<>(TYPES) + " or a non-empty list of them", problems);
    }

    private static void checkList(String key, Object value, String at, List<String> problems) {
        boolean ok = value instanceof List<?> l && (key.equals("enum") || l.stream().allMatch(String.class::isInstance));
        expect(ok, at, key.equals("enum") ? "must be an array" : "must be an array of property names", problems);
    }

    private static void checkPattern(Object value, String at, List<String> problems) {
        if (!(value instanceof String pattern)) {
            problems.add(at + ": must be a regular expression string");
            return;
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            problems.add(at + ": is not a valid regular expression: " + e.getDescription());
        }
    }

    private static void checkRef(Map<String, Object> root, Object value, String at, List<String> problems) {
        if (!(value instanceof String ref)) {
            problems.add(at + ": must be a string");
            return;
        }
        try {
            resolve(root, ref);
        } catch (IllegalArgumentException e) {
            problems.add(at + ": " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static void checkSchemaMap(Map<String, Object> root, String key, Object value, String at,
                                       List<String> problems) {
        if (!(value instanceof Map)) {
            problems.add(at + ": must be an object of schemas");
            return;
        }
        for (Map.Entry<String, Object> e : ((Map<String, Object>) value).entrySet()) {
            if (key.equals("patternProperties")) {
                checkPattern(e.getKey(), at + "/" + e.getKey(), problems);
            }
            walk(root, e.getValue(), at + "/" + e.getKey(), problems);
        }
    }

    private static void checkSchemaList(Map<String, Object> root, Object value, String at, List<String> problems) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            problems.add(at + ": must be a non-empty array of schemas");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            walk(root, list.get(i), at + "/" + i, problems);
        }
    }

    private static void expect(boolean ok, String at, String what, List<String> problems) {
        if (!ok) {
            problems.add(at + ": " + what);
        }
    }

    private static void collect(Object schema, Set<String> found) {
        if (schema instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (NOT_EVALUATED.contains(key)) {
                    found.add(key);
                }
                if (!VALUES.contains(key)) {
                    collect(e.getValue(), found);
                }
            }
        } else if (schema instanceof List<?> list) {
            list.forEach(item -> collect(item, found));
        }
    }
}
