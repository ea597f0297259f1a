package io.arangomcp.toolpacks.backup.json;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads JSON text into plain values ({@code LinkedHashMap}, {@code ArrayList}, {@code String}, {@code Integer} /
 * {@code Long} / {@code BigInteger}, {@code Double}, {@code Boolean}, {@code null}). A top-level array can be read
 * one element at a time ({@link #forEachElement}), so a backup file of any size is never held whole. Malformed
 * input fails with {@link IllegalArgumentException} naming the line and column. Not thread-safe.
 */
public final class JsonReader {
    private final Reader in;
    private int peeked = -2;
    private int line = 1;
    private int column;

    public JsonReader(Reader in) {
        this.in = in;
    }

    /** The whole input as one value. */
    public Object readValue() {
        Object value = value();
        expectEnd();
        return value;
    }

    /** Hands each element of the top-level array to {@code consumer}, in order. */
    public void forEachElement(Consumer<Object> consumer) {
        expect('[');
        if (skipSpaceAndPeek() == ']') {
            next();
        } else {
            while (true) {
                consumer.accept(value());
                int c = skipSpaceAndNext();
                if (c == ']') {
                    break;
                }
                if (c != ',') {
                    throw error("expected ',' or ']'");
                }
            }
        }
        expectEnd();
    }

    private Object value() {
        int c = skipSpaceAndPeek();
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                next();
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error(c < 0 ? "unexpected end of input" : "unexpected character '" + (char) c + "'");
        }
    }

    private Map<String, Object> object() {
        next();
        Map<String, Object> map = new LinkedHashMap<>();
        if (skipSpaceAndPeek() == '}') {
            next();
            return map;
        }
        while (true) {
            expect('"');
            String key = string();
            expect(':');
            map.put(key, value());
            int c = skipSpaceAndNext();
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> array() {
        next();
        List<Object> list = new ArrayList<>();
        if (skipSpaceAndPeek() == ']') {
            next();
            return list;
        }
        while (true) {
            list.add(value());
            int c = skipSpaceAndNext();
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                throw error("expected ',' or ']'");
            }
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        while (true) {
            int c = next();
            if (c < 0) {
                throw error("unterminated string");
            }
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append((char) c);
                continue;
            }
            int e = next();
            switch (e) {
                case '"', '\\', '/' -> out.append((char) e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append((char) hex4());
                default -> throw error("invalid escape");
            }
        }
    }

    private int hex4() {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(next(), 16);
            if (digit < 0) {
                throw error("invalid \\u escape");
            }
            v = v * 16 + digit;
        }
        return v;
    }

    private Object number() {
        StringBuilder text = new StringBuilder();
        int c = peek();
        while (c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' || (c >= '0' && c <= '9')) {
            text.append((char) next());
            c = peek();
        }
        String s = text.toString();
        try {
            if (s.contains(".") || s.contains("e") || s.contains("E")) {
                return Double.parseDouble(s);
            }
            BigInteger big = new BigInteger(s);
            if (big.bitLength() < 32) {
                return big.intValue();
            }
            return big.bitLength() < 64 ? (Object) big.longValue() : (Object) big;
        } catch (NumberFormatException e) {
            throw error("invalid number '" + s + "'");
        }
    }

    private Object literal(String word, Object value) {
        for (int i = 0; i < word.length(); i++) {
            if (next() != word.charAt(i)) {
                throw error("invalid literal, expected " + word);
            }
        }
        return value;
    }

    private void expect(char wanted) {
        if (skipSpaceAndNext() != wanted) {
            throw error("expected '" + wanted + "'");
        }
    }

    private void expectEnd() {
        if (skipSpaceAndPeek() >= 0) {
            throw error("unexpected content after the JSON value");
        }
    }

    private int skipSpaceAndPeek() {
        while (Character.isWhitespace(peek())) {
            next();
        }
        return peek();
    }

    private int skipSpaceAndNext() {
        skipSpaceAndPeek();
        return next();
    }

    private int peek() {
        if (peeked == -2) {
            try {
                peeked = in.read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return peeked;
    }

    private int next() {
        int c = peek();
        peeked = -2;
        if (c == '\n') {
            line++;
            column = 0;
        } else {
            column++;
        }
        return c;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at line " + line + ", column " + column);
    }
}
