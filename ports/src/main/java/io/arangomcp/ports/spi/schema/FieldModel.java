package io.arangomcp.ports.spi.schema;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One record component as an argument or result field: its JSON name, type, constraints and default.
 *
 * @param name        the JSON property name (the component name)
 * @param type        the JSON shape
 * @param javaType    the component's raw Java type
 * @param description the {@link Doc} text, or {@code null}
 * @param required    whether a caller must give it
 * @param aliases     alternative accepted names
 * @param defaultJson the default as a JSON value, or {@code null} when there is none
 * @param minimum     {@link Range#min()} or {@code null}
 * @param maximum     {@link Range#max()} or {@code null}
 * @param allowed     {@link OneOf} values, or an empty list
 * @param minSize     {@link Size#min()} or {@code null}
 * @param maxSize     {@link Size#max()} or {@code null}
 * @since 0.1
 */
public record FieldModel(String name, ValueType type, Class<?> javaType, String description, boolean required,
                         List<String> aliases, Object defaultJson, Double minimum, Double maximum,
                         List<String> allowed, Integer minSize, Integer maxSize) {

    /** The fields of a record, in declaration order. */
    public static List<FieldModel> of(Class<? extends Record> recordType) {
        List<FieldModel> fields = new ArrayList<>();
        for (RecordComponent c : recordType.getRecordComponents()) {
            fields.add(of(recordType, c));
        }
        checkNamesAreUnique(recordType, fields);
        return fields;
    }

    /** An alias equal to another field's name or alias would silently make one of the two unreachable. */
    private static void checkNamesAreUnique(Class<?> owner, List<FieldModel> fields) {
        Map<String, FieldModel> seen = new LinkedHashMap<>();
        for (FieldModel f : fields) {
            seen.put(f.name(), f);
        }
        for (FieldModel f : fields) {
            for (String alias : f.aliases()) {
                FieldModel other = seen.putIfAbsent(alias, f);
                if (other != null && other != f) {
                    throw new IllegalArgumentException(owner.getSimpleName() + "." + f.name() + ": @Alias '" + alias
                            + "' is already a name of " + owner.getSimpleName() + "." + other.name());
                }
            }
        }
    }

    /** The fields of a record by every accepted name (canonical and aliases). */
    public static Map<String, FieldModel> byAcceptedName(List<FieldModel> fields) {
        Map<String, FieldModel> map = new LinkedHashMap<>();
        for (FieldModel f : fields) {
            map.put(f.name(), f);
            for (String alias : f.aliases()) {
                map.put(alias, f);
            }
        }
        return map;
    }

    private static FieldModel of(Class<?> owner, RecordComponent c) {
        String where = owner.getSimpleName() + "." + c.getName();
        ValueType type;
        try {
            type = ValueType.of(c.getGenericType());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        Class<?> raw = c.getType();
        Doc doc = c.getAnnotation(Doc.class);
        Default def = c.getAnnotation(Default.class);
        Range range = c.getAnnotation(Range.class);
        Size size = c.getAnnotation(Size.class);
        OneOf oneOf = c.getAnnotation(OneOf.class);
        Alias alias = c.getAnnotation(Alias.class);
        checkApplies(where, range != null, "@Range", "numbers",
                type instanceof ValueType.IntegerType || type instanceof ValueType.NumberType);
        checkApplies(where, oneOf != null, "@OneOf", "strings", type instanceof ValueType.StringType);
        checkApplies(where, size != null, "@Size", "strings and lists",
                type instanceof ValueType.StringType || type instanceof ValueType.ListType);
        Object defaultJson = def == null ? null : parseDefault(where, type, def.value());
        boolean required = c.isAnnotationPresent(Required.class) || (raw.isPrimitive() && def == null);
        if (required && def != null) {
            throw new IllegalArgumentException(where + ": a field cannot be both @Required and have a @Default");
        }
        FieldModel field = new FieldModel(c.getName(), type, raw, doc == null ? null : doc.value(), required,
                alias == null ? List.of() : List.of(alias.value()), defaultJson,
                range == null || range.min() == Double.NEGATIVE_INFINITY ? null : range.min(),
                range == null || range.max() == Double.POSITIVE_INFINITY ? null : range.max(),
                oneOf == null ? List.of() : List.of(oneOf.value()),
                size == null || size.min() == 0 ? null : size.min(),
                size == null || size.max() == Integer.MAX_VALUE ? null : size.max());
        if (def != null) {
            checkDefaultFits(where, def.value(), field);
        }
        return field;
    }

    /**
     * A constraint on a type it does not apply to is ignored by the binder but still written into the schema,
     * where it can make a validating client refuse every value (an {@code enum} of strings on an array).
     */
    private static void checkApplies(String where, boolean present, String annotation, String applicable,
                                     boolean fits) {
        if (present && !fits) {
            throw new IllegalArgumentException(where + ": " + annotation + " applies only to " + applicable);
        }
    }

    /**
     * A default that breaks the field's own constraints would make every call that leaves the argument out fail,
     * with an error about an argument the caller never gave; that is the pack author's mistake, so say so here.
     */
    private static void checkDefaultFits(String where, String text, FieldModel f) {
        Object value = f.defaultJson();
        String broken = null;
        if (value instanceof Number n) {
            double v = n.doubleValue();
            if ((f.minimum() != null && v < f.minimum()) || (f.maximum() != null && v > f.maximum())) {
                broken = "@Range";
            }
        }
        if (value instanceof String s && !f.allowed().isEmpty() && !f.allowed().contains(s)) {
            broken = "@OneOf";
        }
        int size = value instanceof String s ? s.length() : value instanceof List<?> l ? l.size() : -1;
        boolean tooSmall = f.minSize() != null && size < f.minSize();
        boolean tooBig = f.maxSize() != null && size > f.maxSize();
        if (size >= 0 && (tooSmall || tooBig)) {
            broken = "@Size";
        }
        if (broken != null) {
            throw new IllegalArgumentException(where + ": @Default(\"" + text + "\") breaks the field's own " + broken);
        }
    }

    private static Object parseDefault(String where, ValueType type, String text) {
        try {
            if (type instanceof ValueType.StringType) {
                return text;
            }
            if (type instanceof ValueType.BooleanType && (text.equals("true") || text.equals("false"))) {
                return Boolean.valueOf(text);
            }
            if (type instanceof ValueType.IntegerType t) {
                return t.wide() ? (Object) Long.parseLong(text) : (Object) Integer.parseInt(text);
            }
            if (type instanceof ValueType.NumberType) {
                return Double.parseDouble(text);
            }
            if (type instanceof ValueType.ListType && text.equals("[]")) {
                return List.of();
            }
            if (type instanceof ValueType.MapType && text.equals("{}")) {
                return Map.of();
            }
        } catch (NumberFormatException e) {
            // reported below with the field name
        }
        throw new IllegalArgumentException(where + ": @Default(\"" + text + "\") does not fit type "
                + type.getClass().getSimpleName().replace("Type", "").toLowerCase(Locale.ROOT));
    }
}
