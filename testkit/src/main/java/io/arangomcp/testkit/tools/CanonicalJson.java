package io.arangomcp.testkit.tools;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes plain JSON values ({@code Map}, {@code Collection}, {@code String}, {@code Number}, {@code Boolean},
 * {@code null}) as pretty, canonical text: object keys sorted, two-space indentation, one trailing newline. Equal
 * values always give equal text, so the text can be pinned in golden files and compared exactly.
 */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    /** The canonical text of {@code value}. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, 0, out);
        return out.append('\n').toString();
    }

    private static void write(Object value, int depth, StringBuilder out) {
        if (value == null || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Number n) {
            writeNumber(n, out);
        } else if (value instanceof CharSequence s) {
            writeString(s.toString(), out);
        } else if (value instanceof Map<?, ?> map) {
            writeObject(map, depth, out);
        } else if (value instanceof Collection<?> list) {
            writeArray(list, depth, out);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void writeObject(Map<?, ?> map, int depth, StringBuilder out) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
        out.append('{');
        String separator = "\n";
        for (Map.Entry<String, Object> e : sorted.entrySet()) {
            out.append(separator);
            indent(depth + 1, out);
            writeString(e.getKey(), out);
            out.append(": ");
            write(e.getValue(), depth + 1, out);
            separator = ",\n";
        }
        out.append('\n');
        indent(depth, out);
        out.append('}');
    }

    private static void writeArray(Collection<?> list, int depth, StringBuilder out) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        String separator = "\n";
        for (Object element : list) {
            out.append(separator);
            indent(depth + 1, out);
            write(element, depth + 1, out);
            separator = ",\n";
        }
        out.append('\n');
        indent(depth, out);
        out.append(']');
    }

    private static void writeNumber(Number n, StringBuilder out) {
        if ((n instanceof Double || n instanceof Float) && !Double.isFinite(n.doubleValue())) {
            throw new IllegalArgumentException("JSON has no " + n);
        }
        out.append(n);
    }

    private static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void indent(int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
    }
}
