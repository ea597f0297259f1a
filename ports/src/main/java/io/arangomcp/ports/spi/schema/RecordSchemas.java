package io.arangomcp.ports.spi.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives JSON schemas (draft 2020-12 keywords) from argument and result records.
 *
 * <p>Input schemas are strict ({@code additionalProperties: false}) and list required fields; output schemas
 * describe what {@link JsonValues#toJson} produces: {@code null} fields are left out, so only primitive
 * components are required there.
 *
 * @since 0.1
 */
public final class RecordSchemas {
    private RecordSchemas() {
    }

    /** The schema of an arguments record. */
    public static Map<String, Object> inputSchema(Class<? extends Record> type) {
        return objectSchema(type, true, new ArrayList<>());
    }

    /** The schema of a result record. */
    public static Map<String, Object> outputSchema(Class<? extends Record> type) {
        return objectSchema(type, false, new ArrayList<>());
    }

    /**
     * @param enclosing the records whose schemas are being built around this one; a record that contains itself
     *                  would otherwise recurse until the stack overflows
     */
    private static Map<String, Object> objectSchema(Class<? extends Record> type, boolean input,
                                                    List<Class<?>> enclosing) {
        if (enclosing.contains(type)) {
            StringBuilder chain = new StringBuilder();
            for (Class<?> c : enclosing.subList(enclosing.indexOf(type), enclosing.size())) {
                chain.append(c.getSimpleName()).append(" -> ");
            }
            throw new IllegalArgumentException("record " + type.getSimpleName() + " contains itself ("
                    + chain + type.getSimpleName() + "); tool records cannot be recursive");
        }
        enclosing.add(type);
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (FieldModel f : FieldModel.of(type)) {
            properties.put(f.name(), fieldSchema(f, input, enclosing));
            boolean mandatory = input ? f.required() : f.javaType().isPrimitive();
            if (mandatory) {
                required.add(f.name());
            }
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        if (input) {
            schema.put("additionalProperties", false);
        }
        enclosing.remove(enclosing.size() - 1);
        return schema;
    }

    private static Map<String, Object> fieldSchema(FieldModel f, boolean input, List<Class<?>> enclosing) {
        Map<String, Object> schema = typeSchema(f.type(), input, enclosing);
        String description = f.description();
        if (input && !f.aliases().isEmpty()) {
            String also = "Also accepted as: " + String.join(", ", f.aliases()) + ".";
            description = description == null ? also : description + " " + also;
        }
        if (description != null) {
            schema.put("description", description);
        }
        if (!f.allowed().isEmpty()) {
            schema.put("enum", f.allowed());
        }
        if (f.minimum() != null) {
            schema.put("minimum", integral(f.minimum()));
        }
        if (f.maximum() != null) {
            schema.put("maximum", integral(f.maximum()));
        }
        boolean list = f.type() instanceof ValueType.ListType;
        if (f.minSize() != null) {
            schema.put(list ? "minItems" : "minLength", f.minSize());
        }
        if (f.maxSize() != null) {
            schema.put(list ? "maxItems" : "maxLength", f.maxSize());
        }
        if (input && f.defaultJson() != null) {
            schema.put("default", f.defaultJson());
        }
        return schema;
    }

    private static Map<String, Object> typeSchema(ValueType type, boolean input, List<Class<?>> enclosing) {
        Map<String, Object> schema = new LinkedHashMap<>();
        if (type instanceof ValueType.StringType) {
            schema.put("type", "string");
        } else if (type instanceof ValueType.BooleanType) {
            schema.put("type", "boolean");
        } else if (type instanceof ValueType.IntegerType) {
            schema.put("type", "integer");
        } else if (type instanceof ValueType.NumberType) {
            schema.put("type", "number");
        } else if (type instanceof ValueType.ListType l) {
            schema.put("type", "array");
            Map<String, Object> items = typeSchema(l.element(), input, enclosing);
            if (!items.isEmpty()) {
                schema.put("items", items);
            }
        } else if (type instanceof ValueType.MapType m) {
            schema.put("type", "object");
            Map<String, Object> values = typeSchema(m.value(), input, enclosing);
            if (!values.isEmpty()) {
                schema.put("additionalProperties", values);
            }
        } else if (type instanceof ValueType.RecordType r) {
            schema.putAll(objectSchema(r.type(), input, enclosing));
        }
        // AnyType: no constraint at all.
        return schema;
    }

    private static Object integral(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
    }
}
