package io.arangomcp.aql.robustness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates random AQL from a seed: well-formed queries from a small grammar, random values for bind
 * parameters, and mutations of valid queries (characters and tokens dropped, duplicated or swapped).
 */
final class QueryGenerator {
    private static final String[] FUNCTIONS = {"LENGTH", "CONCAT", "UPPER", "SUBSTRING", "TO_NUMBER", "TO_STRING",
        "FIRST", "LAST", "UNIQUE", "SORTED", "FLATTEN", "MERGE", "KEYS", "VALUES", "SUM", "AVG", "MIN", "MAX",
        "ABS", "ROUND", "SPLIT", "REVERSE", "SLICE", "POSITION", "APPEND", "UNION", "MINUS", "INTERSECTION",
        "DATE_YEAR", "DATE_ADD", "JSON_STRINGIFY", "JSON_PARSE", "REGEX_TEST", "LIKE", "NOT_NULL", "HAS",
        "ATTRIBUTES", "ZIP", "RANGE", "NTH", "PUSH", "TYPENAME", "IS_NUMBER", "MD5", "TRIM", "CONTAINS",
        "FIND_FIRST", "SUBSTITUTE", "MATCHES", "KEEP", "UNSET", "DATE_DIFF", "PERCENTILE", "REPLACE_NTH"};
    private static final String[] BINARY = {"+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "IN",
        "NOT IN", "LIKE", "=~", "&&", "||", "AND", "OR", ".."};
    private static final String[] TOKENS = {"FOR", "IN", "RETURN", "FILTER", "LET", "=", "SORT", "LIMIT",
        "COLLECT", "INTO", "WITH", "COUNT", "AGGREGATE", "(", ")", "[", "]", "{", "}", ",", ".", ":", "?", "*",
        "x", "y", "doc", "1", "2.5", "\"s\"", "'t'", "null", "true", "@p", "@@c", "OUTBOUND", "GRAPH", "..",
        "==", "+", "NOT", "DISTINCT", "UPSERT", "INSERT", "UPDATE", "REMOVE", "WINDOW", "PRUNE", "[*]", "[?",
        "CURRENT", "//", "/*", "`x`", "\\", "#", "$", "ALL", "ANY", "AT LEAST"};

    private final Random random;

    QueryGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A random, syntactically valid query over the variables x and the bind parameter p. */
    String query() {
        StringBuilder sb = new StringBuilder();
        sb.append("FOR x IN ").append(random.nextBoolean() ? "@list" : array(2)).append(' ');
        int statements = random.nextInt(4);
        for (int i = 0; i < statements; i++) {
            switch (random.nextInt(5)) {
                case 0 -> sb.append("FILTER ").append(expr(3)).append(' ');
                case 1 -> sb.append("LET v").append(i).append(" = ").append(expr(3)).append(' ');
                case 2 -> sb.append("SORT ").append(expr(2)).append(random.nextBoolean() ? " DESC " : " ");
                case 3 -> sb.append("LIMIT ").append(random.nextInt(5)).append(' ');
                default -> sb.append("COLLECT g").append(i).append(" = ").append(expr(2))
                        .append(" WITH COUNT INTO n").append(i).append(' ');
            }
            if (sb.indexOf("COLLECT") >= 0) {
                break;
            }
        }
        boolean collected = sb.indexOf("COLLECT") >= 0;
        sb.append("RETURN ").append(collected ? "1" : expr(3));
        return sb.toString();
    }

    private String expr(int depth) {
        if (depth <= 0) {
            return atom();
        }
        return switch (random.nextInt(7)) {
            case 0 -> atom();
            case 1 -> "(" + expr(depth - 1) + " " + BINARY[random.nextInt(BINARY.length)] + " " + expr(depth - 1) + ")";
            case 2 -> call(depth);
            case 3 -> array(depth - 1);
            case 4 -> "{a: " + expr(depth - 1) + ", b: " + expr(depth - 1) + "}";
            case 5 -> "(" + expr(depth - 1) + " ? " + expr(depth - 1) + " : " + expr(depth - 1) + ")";
            default -> "x" + path();
        };
    }

    private String call(int depth) {
        String f = FUNCTIONS[random.nextInt(FUNCTIONS.length)];
        int n = 1 + random.nextInt(3);
        List<String> args = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            args.add(expr(depth - 1));
        }
        return f + "(" + String.join(", ", args) + ")";
    }

    private String path() {
        return switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> ".a";
            case 2 -> "[" + (random.nextInt(5) - 2) + "]";
            default -> "[*].a";
        };
    }

    private String array(int depth) {
        int n = random.nextInt(4);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(depth <= 0 ? atom() : expr(depth - 1));
        }
        return "[" + String.join(", ", items) + "]";
    }

    private String atom() {
        return switch (random.nextInt(9)) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2 -> Integer.toString(random.nextInt(200) - 100);
            case 3 -> Double.toString(random.nextDouble() * 10 - 5);
            case 4 -> "\"" + "abc%_.*x".charAt(random.nextInt(8)) + "\"";
            case 5 -> "@p";
            case 6 -> "x";
            case 7 -> "\"2020-0" + (1 + random.nextInt(9)) + "-01\"";
            default -> "1e" + random.nextInt(400);
        };
    }

    /** A random JSON value for a bind parameter. */
    Object value(int depth) {
        switch (random.nextInt(depth <= 0 ? 5 : 7)) {
            case 0:
                return null;
            case 1:
                return random.nextBoolean();
            case 2:
                return (long) random.nextInt(1000) - 500;
            case 3:
                return random.nextDouble() * 1e6;
            case 4:
                return "v" + random.nextInt(10);
            case 5: {
                List<Object> l = new ArrayList<>();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    l.add(value(depth - 1));
                }
                return l;
            }
            default: {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("a", value(depth - 1));
                m.put("b", value(depth - 1));
                return m;
            }
        }
    }

    /** A valid query with random damage: characters or tokens removed, duplicated, swapped or inserted. */
    String mutate(String query) {
        StringBuilder sb = new StringBuilder(query);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits && sb.length() > 0; i++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(4)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, sb.charAt(random.nextInt(sb.length())));
                case 2 -> sb.insert(at, " " + TOKENS[random.nextInt(TOKENS.length)] + " ");
                default -> sb.replace(at, Math.min(sb.length(), at + 1 + random.nextInt(5)), "");
            }
        }
        return sb.toString();
    }

    /** A sequence of random tokens (mostly not a valid query). */
    String tokenSoup() {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(25);
        for (int i = 0; i < n; i++) {
            sb.append(TOKENS[random.nextInt(TOKENS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
        }
        return sb.toString();
    }

    /** Random bytes as text, including control and non-ASCII characters. */
    String noise() {
        int n = random.nextInt(60);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) (random.nextInt(5) == 0 ? random.nextInt(0x3000) : 32 + random.nextInt(95)));
        }
        return sb.toString();
    }
}
