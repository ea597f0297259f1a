package io.arangomcp.toolpacks.backup.json;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes plain JSON values ({@code Map}, {@code List}, strings, numbers, booleans, {@code null}) as JSON text,
 * compact or indented by two spaces, keeping non-ASCII characters as they are (UTF-8 files, like the reference
 * server's backups). Packs may not use a JSON library, and backups need no more than this.
 */
public final class JsonWriter {
    private JsonWriter() {
    }

    /** One line of JSON. */
    public static String compact(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, -1);
        return out.toString();
    }

    /** JSON indented by two spaces per level, for files people read. */
    public static String pretty(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            out.append(Double.isFinite(d) ? Double.toString(d) : "null");
        } else if (value instanceof Number n) {
            out.append(n);
        } else if (value instanceof Map<?, ?> map) {
            container(map.entrySet().iterator(), '{', '}', out, depth, (e, o, d) -> {
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) e;
                string(String.valueOf(entry.getKey()), o);
                o.append(d >= 0 ? ": " : ":");
                write(entry.getValue(), o, d);
            });
        } else if (value instanceof Collection<?> list) {
            container(list.iterator(), '[', ']', out, depth, JsonWriter::write);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private interface Element {
        void write(Object element, StringBuilder out, int depth);
    }

    private static void container(Iterator<?> items, char open, char close, StringBuilder out, int depth,
                                  Element element) {
        out.append(open);
        if (!items.hasNext()) {
            out.append(close);
            return;
        }
        int inner = depth < 0 ? -1 : depth + 1;
        boolean first = true;
        while (items.hasNext()) {
            out.append(first ? "" : ",");
            first = false;
            newline(out, inner);
            element.write(items.next(), out, inner);
        }
        newline(out, depth);
        out.append(close);
    }

    private static void newline(StringBuilder out, int depth) {
        if (depth >= 0) {
            out.append('\n').append("  ".repeat(depth));
        }
    }

    private static void string(String s, StringBuilder out) {
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
}
