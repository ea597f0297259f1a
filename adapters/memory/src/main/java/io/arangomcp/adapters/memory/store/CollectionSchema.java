package io.arangomcp.adapters.memory.store;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * In-memory backend: a collection's JSON schema ({@code rule}, {@code level}, {@code message}) and when it
 * applies: {@code none} never, {@code new} on inserts, {@code moderate} on inserts and on changes of documents
 * that were valid before, {@code strict} (the default) on every insert, update and replace. The system
 * attributes {@code _key}, {@code _id}, {@code _rev}, {@code _from} and {@code _to} are not validated.
 */
public final class CollectionSchema {

    private static final Set<String> SYSTEM_ATTRIBUTES = Set.of("_key", "_id", "_rev", "_from", "_to");
    private static final Set<String> LEVELS = Set.of("none", "new", "moderate", "strict");

    private final Map<String, Object> rule;
    private final String level;
    private final String message;
    private final Predicate<Map<String, Object>> validator;

    private CollectionSchema(Map<String, Object> rule, String level, String message,
                             Predicate<Map<String, Object>> validator) {
        this.rule = rule;
        this.level = level;
        this.message = message;
        this.validator = validator;
    }

    /**
     * The schema an API call describes, or {@code null} for none ({@code null} or an empty object removes a
     * schema); 400/1621 when it is invalid.
     */
    public static CollectionSchema parse(Map<String, Object> schema, SchemaCompiler compiler) {
        if (schema == null || schema.isEmpty()) {
            return null;
        }
        Object rule = schema.get("rule");
        if (!(rule instanceof Map)) {
            throw StoreErrors.invalidSchema("No valid schema in rule attribute given (no object): " + schema);
        }
        Object level = schema.getOrDefault("level", "strict");
        if (!(level instanceof String) || !LEVELS.contains(((String) level).toLowerCase(Locale.ROOT))) {
            throw StoreErrors.invalidSchema("Valid validation levels are: none, new, moderate, strict");
        }
        Object type = schema.getOrDefault("type", "json");
        if (!"json".equals(type)) {
            throw StoreErrors.invalidSchema("Validator type is not supported, only 'json' is");
        }
        Object message = schema.get("message");
        Map<String, Object> frozenRule = JsonValues.freezeObject(JsonValues.asObject(rule));
        return new CollectionSchema(frozenRule, ((String) level).toLowerCase(Locale.ROOT),
                message instanceof String ? (String) message : "", compiler.compile(frozenRule));
    }

    /** The schema as the collection properties report it. */
    public Map<String, Object> describe() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rule", rule);
        json.put("level", level);
        json.put("message", message);
        json.put("type", "json");
        return json;
    }

    /**
     * Checks a write; 400/1620 with the schema's message when it is refused.
     *
     * @param next     the document as it would be stored
     * @param previous the stored document it replaces, or {@code null} for an insert
     */
    public void check(Map<String, Object> next, Map<String, Object> previous) {
        boolean insert = previous == null;
        boolean applies = switch (level) {
            case "none" -> false;
            case "new" -> insert;
            case "moderate" -> insert || isValid(previous);
            default -> true;
        };
        if (applies && !isValid(next)) {
            throw StoreErrors.validationFailed(message);
        }
    }

    private boolean isValid(Map<String, Object> document) {
        Map<String, Object> user = new LinkedHashMap<>(document);
        user.keySet().removeAll(SYSTEM_ATTRIBUTES);
        return validator.test(user);
    }
}
