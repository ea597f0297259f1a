package io.arangomcp.ports.spi.schema;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates a JSON object against an arguments record and builds the record, reporting every problem at once.
 *
 * <p>Lenient only where it is safe: a numeric string is accepted for a number ({@code "10"}), {@code "true"} and
 * {@code "false"} for a boolean, and {@code null} for an optional field means "not given". Unknown names are
 * refused, naming the accepted ones, because they are almost always typos.
 *
 * <p>Thread-safe; caches the record models it has seen.
 *
 * @since 0.1
 */
public final class ArgumentBinder {
    private final Map<Class<?>, List<FieldModel>> models = new ConcurrentHashMap<>();

    /**
     * Binds {@code json} to a new {@code type} record.
     *
     * @throws ArangoMcpException {@code INVALID_ARGUMENTS} with {@code details.problems} listing each problem as
     *                            {@code {path, problem}}
     */
    public <A extends Record> A bind(Class<A> type, Map<String, Object> json) {
        List<Map<String, Object>> problems = new ArrayList<>();
        Object value = bindRecord(type, json == null ? Map.of() : json, "", problems);
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder("invalid arguments: ");
            for (int i = 0; i < problems.size(); i++) {
                if (i > 0) {
                    message.append("; ");
                }
                Map<String, Object> p = problems.get(i);
                String path = (String) p.get("path");
                message.append(path.isEmpty() ? "" : "'" + path + "' ").append(p.get("problem"));
            }
            throw ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS, message.toString())
                    .detail("problems", problems)
                    .build();
        }
        return type.cast(value);
    }

    private List<FieldModel> model(Class<? extends Record> type) {
        return models.computeIfAbsent(type, t -> FieldModel.of(type));
    }

    private Object bindRecord(Class<? extends Record> type, Map<?, ?> json, String path,
                              List<Map<String, Object>> problems) {
        List<FieldModel> fields = model(type);
        Map<String, FieldModel> accepted = FieldModel.byAcceptedName(fields);
        Map<FieldModel, String> givenAs = new LinkedHashMap<>();
        Map<FieldModel, Object> given = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : json.entrySet()) {
            String name = String.valueOf(e.getKey());
            FieldModel field = accepted.get(name);
            if (field == null) {
                problem(problems, join(path, name), "is not a known argument; accepted: "
                        + String.join(", ", fields.stream().map(FieldModel::name).toList()));
                continue;
            }
            if (e.getValue() == null) {
                continue;
            }
            String earlier = givenAs.putIfAbsent(field, name);
            if (earlier != null) {
                problem(problems, join(path, field.name()), "was given twice, as '" + earlier + "' and as '"
                        + name + "'; give it once");
                continue;
            }
            given.put(field, e.getValue());
        }
        Object[] values = new Object[fields.size()];
        boolean complete = true;
        for (int i = 0; i < fields.size(); i++) {
            FieldModel f = fields.get(i);
            String fieldPath = join(path, f.name());
            Object raw = given.get(f);
            if (raw == null) {
                if (f.required()) {
                    problem(problems, fieldPath, "is required");
                    complete = false;
                    continue;
                }
                raw = f.defaultJson();
                if (raw == null) {
                    values[i] = zeroOf(f.javaType());
                    continue;
                }
            }
            int before = problems.size();
            Object converted = convert(f.type(), raw, fieldPath, problems);
            if (problems.size() == before) {
                checkConstraints(f, converted, fieldPath, problems);
            }
            if (problems.size() != before) {
                complete = false;
                continue;
            }
            values[i] = converted;
        }
        if (!complete || !problems.isEmpty()) {
            return null;
        }
        return construct(type, values, path, problems);
    }

    private Object convert(ValueType type, Object raw, String path, List<Map<String, Object>> problems) {
        if (type instanceof ValueType.AnyType) {
            return raw;
        }
        if (type instanceof ValueType.StringType) {
            if (raw instanceof String s) {
                return s;
            }
            return mismatch(problems, path, "a string", raw);
        }
        if (type instanceof ValueType.BooleanType) {
            if (raw instanceof Boolean b) {
                return b;
            }
            if ("true".equals(raw) || "false".equals(raw)) {
                return Boolean.valueOf((String) raw);
            }
            return mismatch(problems, path, "a boolean", raw);
        }
        if (type instanceof ValueType.IntegerType t) {
            return toInteger(t.wide(), raw, path, problems);
        }
        if (type instanceof ValueType.NumberType) {
            BigDecimal d = toDecimal(raw);
            if (d == null) {
                return mismatch(problems, path, "a number", raw);
            }
            double v = d.doubleValue();
            if (Double.isInfinite(v)) {
                problem(problems, path, "is out of range: " + d);
                return null;
            }
            return v;
        }
        if (type instanceof ValueType.ListType l) {
            if (!(raw instanceof List<?> list)) {
                return mismatch(problems, path, "an array", raw);
            }
            List<Object> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                String elementPath = path + "[" + i + "]";
                if (element == null && !(l.element() instanceof ValueType.AnyType)) {
                    problem(problems, elementPath, "must not be null");
                    continue;
                }
                out.add(convert(l.element(), element, elementPath, problems));
            }
            return out;
        }
        if (type instanceof ValueType.MapType m) {
            if (!(raw instanceof Map<?, ?> map)) {
                return mismatch(problems, path, "an object", raw);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                out.put(key, e.getValue() == null ? null : convert(m.value(), e.getValue(), join(path, key), problems));
            }
            return out;
        }
        ValueType.RecordType r = (ValueType.RecordType) type;
        if (!(raw instanceof Map<?, ?> map)) {
            return mismatch(problems, path, "an object", raw);
        }
        return bindRecord(r.type(), map, path, problems);
    }

    private static Object toInteger(boolean wide, Object raw, String path, List<Map<String, Object>> problems) {
        BigDecimal d = toDecimal(raw);
        if (d == null) {
            return mismatch(problems, path, "an integer", raw);
        }
        // Decide from precision and scale first: converting a value such as 1e100000000 or 1e-100000000 exactly
        // computes a power of ten with that many digits, which takes minutes for a twelve-character argument.
        long integerDigits = (long) d.precision() - d.scale();
        if (d.signum() != 0 && integerDigits > 19) {
            problem(problems, path, "is out of range: " + d);
            return null;
        }
        if (d.signum() != 0 && integerDigits <= 0) {
            return mismatch(problems, path, "an integer", raw);
        }
        BigInteger i;
        try {
            i = d.signum() == 0 ? BigInteger.ZERO : d.toBigIntegerExact();
        } catch (ArithmeticException e) {
            return mismatch(problems, path, "an integer", raw);
        }
        BigInteger min = BigInteger.valueOf(wide ? Long.MIN_VALUE : Integer.MIN_VALUE);
        BigInteger max = BigInteger.valueOf(wide ? Long.MAX_VALUE : Integer.MAX_VALUE);
        if (i.compareTo(min) < 0 || i.compareTo(max) > 0) {
            problem(problems, path, "is out of range: " + i);
            return null;
        }
        return wide ? (Object) i.longValue() : (Object) i.intValue();
    }

    private static BigDecimal toDecimal(Object raw) {
        try {
            if (raw instanceof BigDecimal d) {
                return d;
            }
            if (raw instanceof BigInteger i) {
                return new BigDecimal(i);
            }
            if (raw instanceof Double || raw instanceof Float) {
                double v = ((Number) raw).doubleValue();
                return Double.isFinite(v) ? BigDecimal.valueOf(v) : null;
            }
            if (raw instanceof Number n) {
                return BigDecimal.valueOf(n.longValue());
            }
            if (raw instanceof String s && !s.isBlank()) {
                return new BigDecimal(s.trim());
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static void checkConstraints(FieldModel f, Object value, String path,
                                         List<Map<String, Object>> problems) {
        if (value instanceof Number n) {
            double v = n.doubleValue();
            if (f.minimum() != null && v < f.minimum()) {
                problem(problems, path, "must be at least " + format(f.minimum()) + ", got " + n);
            }
            if (f.maximum() != null && v > f.maximum()) {
                problem(problems, path, "must be at most " + format(f.maximum()) + ", got " + n);
            }
        }
        if (value instanceof String s) {
            if (!f.allowed().isEmpty() && !f.allowed().contains(s)) {
                problem(problems, path, "must be one of " + String.join(", ", f.allowed()) + ", got '" + s + "'");
            }
            checkSize(f, s.length(), "characters", path, problems);
        }
        if (value instanceof List<?> l) {
            checkSize(f, l.size(), "items", path, problems);
        }
    }

    private static void checkSize(FieldModel f, int size, String unit, String path,
                                  List<Map<String, Object>> problems) {
        if (f.minSize() != null && size < f.minSize()) {
            problem(problems, path, "must have at least " + f.minSize() + " " + unit + ", got " + size);
        }
        if (f.maxSize() != null && size > f.maxSize()) {
            problem(problems, path, "must have at most " + f.maxSize() + " " + unit + ", got " + size);
        }
    }

    private static Object construct(Class<? extends Record> type, Object[] values, String path,
                                     List<Map<String, Object>> problems) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<? extends Record> ctor = type.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return ctor.newInstance(values);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ArangoMcpException ame) {
                throw ame;
            }
            if (cause instanceof IllegalArgumentException iae) {
                // A record's compact constructor rejected a combination of values: a caller error.
                problem(problems, path, iae.getMessage());
                return null;
            }
            throw new IllegalStateException("cannot construct " + type.getName(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private static Object zeroOf(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        return null;
    }

    private static Object mismatch(List<Map<String, Object>> problems, String path, String expected, Object raw) {
        problem(problems, path, "must be " + expected + ", got " + describe(raw));
        return null;
    }

    private static String describe(Object raw) {
        if (raw instanceof String s) {
            return "string '" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
        }
        if (raw instanceof Boolean b) {
            return "boolean " + b;
        }
        if (raw instanceof Number n) {
            return "number " + n;
        }
        if (raw instanceof List<?>) {
            return "an array";
        }
        if (raw instanceof Map<?, ?>) {
            return "an object";
        }
        return raw == null ? "null" : "a value of type " + raw.getClass().getSimpleName();
    }

    private static String format(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static void problem(List<Map<String, Object>> problems, String path, String problem) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("path", path);
        p.put("problem", problem);
        problems.add(p);
    }
}
