package io.arangomcp.aql.functions;

import static io.arangomcp.aql.functions.Args.codePointSubstring;
import static io.arangomcp.aql.functions.Args.codePoints;

import io.arangomcp.aql.eval.Patterns;
import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.value.Json;
import io.arangomcp.aql.value.Values;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** String functions: concatenation, case, substrings, trimming, searching, splitting, regexes, JSON. */
final class StringFunctions {
    private static final String DEFAULT_TRIM = "\r\n \t";

    private StringFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        b.add("CONCAT", 1, AqlFunction.VARIADIC, (q, a) -> concat("", a, 0));
        b.add("CONCAT_SEPARATOR", 2, AqlFunction.VARIADIC, (q, a) -> concat(Values.toStringValue(a[0]), a, 1));
        b.add("CHAR_LENGTH", 1, 1, (q, a) -> (long) codePoints(Values.toStringValue(a[0])));
        b.add("LOWER", 1, 1, (q, a) -> Values.toStringValue(a[0]).toLowerCase(Locale.ROOT));
        b.add("UPPER", 1, 1, (q, a) -> Values.toStringValue(a[0]).toUpperCase(Locale.ROOT));
        b.add("SUBSTRING", 2, 3, StringFunctions::substring);
        b.add("LEFT", 2, 2, (q, a) -> codePointSubstring(Values.toStringValue(a[0]), 0,
                (int) Math.max(0, Math.min(Integer.MAX_VALUE, Values.toDouble(a[1])))));
        b.add("RIGHT", 2, 2, (q, a) -> {
            String s = Values.toStringValue(a[0]);
            int n = codePoints(s);
            int len = (int) Math.max(0, Math.min(n, Values.toDouble(a[1])));
            return codePointSubstring(s, n - len, n);
        });
        b.add("TRIM", 1, 2, (q, a) -> trim(a, true, true));
        b.add("LTRIM", 1, 2, (q, a) -> trim(a, true, false));
        b.add("RTRIM", 1, 2, (q, a) -> trim(a, false, true));
        b.add("CONTAINS", 2, 3, StringFunctions::contains);
        b.add("LIKE", 2, 3, (q, a) -> Patterns.like(q, Values.toStringValue(a[0]), Values.toStringValue(a[1]),
                Args.bool(a, 2, false)));
        b.add("STARTS_WITH", 2, 3, StringFunctions::startsWith);
        b.add("FIND_FIRST", 2, 4, (q, a) -> find(a, true));
        b.add("FIND_LAST", 2, 4, (q, a) -> find(a, false));
        b.add("SPLIT", 1, 3, StringFunctions::split);
        b.add("SUBSTITUTE", 2, 4, StringFunctions::substitute);
        b.add("REPEAT", 2, 3, StringFunctions::repeat);
        b.add("REGEX_TEST", 2, 3, (q, a) -> {
            Pattern p = Patterns.regex(q, Values.toStringValue(a[1]), Args.bool(a, 2, false));
            return p == null ? null : p.matcher(Values.toStringValue(a[0])).find();
        });
        b.add("REGEX_MATCHES", 2, 3, StringFunctions::regexMatches);
        b.add("REGEX_SPLIT", 2, 4, StringFunctions::regexSplit);
        b.add("REGEX_REPLACE", 3, 4, (q, a) -> {
            Pattern p = Patterns.regex(q, Values.toStringValue(a[1]), Args.bool(a, 3, false));
            return p == null ? null : p.matcher(Values.toStringValue(a[0])).replaceAll(
                    javaReplacement(Values.toStringValue(a[2])));
        });
        b.add("JSON_STRINGIFY", 1, 1, (q, a) -> Json.stringify(a[0]));
        b.add("JSON_PARSE", 1, 1, (q, a) -> a[0] instanceof String s ? Json.parseOr(s, null)
                : q.invalidArgument("JSON_PARSE"));
        b.add("TO_CHAR", 1, 1, (q, a) -> {
            double d = Values.toDouble(a[0]);
            if (d < 0 || d > 0x10FFFF) {
                return q.invalidArgument("TO_CHAR");
            }
            return new String(Character.toChars((int) d));
        });
    }

    private static String concat(String separator, Object[] a, int from) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        List<Object> values = new ArrayList<>();
        if (a.length == from + 1 && a[from] instanceof List<?> list) {
            values.addAll(list);
        } else {
            for (int i = from; i < a.length; i++) {
                values.add(a[i]);
            }
        }
        for (Object v : values) {
            if (v == null) {
                continue;
            }
            if (!first) {
                sb.append(separator);
            }
            first = false;
            sb.append(Values.toStringValue(v));
        }
        return sb.toString();
    }

    private static Object substring(QueryContext q, Object[] a) {
        String s = Values.toStringValue(a[0]);
        int n = codePoints(s);
        long offset = (long) Values.toDouble(a[1]);
        if (offset < 0) {
            offset = Math.max(0, n + offset);
        }
        long length = a.length > 2 && a[2] != null ? (long) Values.toDouble(a[2]) : n;
        if (length < 0) {
            length = 0;
        }
        long end = Math.min(n, offset + length);
        return codePointSubstring(s, (int) Math.min(offset, n), (int) end);
    }

    private static Object trim(Object[] a, boolean left, boolean right) {
        String s = Values.toStringValue(a[0]);
        String chars = DEFAULT_TRIM;
        if (a.length > 1 && a[1] != null) {
            if (a[1] instanceof Number n) {
                int type = n.intValue();
                left = type == 0 || type == 1;
                right = type == 0 || type == 2;
            } else {
                chars = Values.toStringValue(a[1]);
            }
        }
        int start = 0;
        int end = s.length();
        while (left && start < end && chars.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (right && end > start && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    private static Object contains(QueryContext q, Object[] a) {
        String text = Values.toStringValue(a[0]);
        String search = Values.toStringValue(a[1]);
        int idx = text.indexOf(search);
        if (Args.bool(a, 2, false)) {
            return idx < 0 ? -1L : (long) text.codePointCount(0, idx);
        }
        return idx >= 0;
    }

    private static Object startsWith(QueryContext q, Object[] a) {
        String text = Values.toStringValue(a[0]);
        if (a[1] instanceof List<?> prefixes) {
            long min = Args.integer(a, 2, 1);
            long matches = 0;
            for (Object p : prefixes) {
                if (text.startsWith(Values.toStringValue(p))) {
                    matches++;
                }
            }
            return matches >= min;
        }
        return text.startsWith(Values.toStringValue(a[1]));
    }

    private static Object find(Object[] a, boolean first) {
        String text = Values.toStringValue(a[0]);
        String search = Values.toStringValue(a[1]);
        int n = codePoints(text);
        long start = Math.max(0, Args.integer(a, 2, 0));
        long end = a.length > 3 && a[3] != null ? Math.min(n - 1L, (long) Values.toDouble(a[3])) : n - 1L;
        if (search.isEmpty()) {
            return first ? start : Math.min(n, end + 1);
        }
        if (start > end) {
            return -1L;
        }
        String window = codePointSubstring(text, (int) start, (int) end + 1);
        int idx = first ? window.indexOf(search) : window.lastIndexOf(search);
        return idx < 0 ? -1L : start + window.codePointCount(0, idx);
    }

    private static Object split(QueryContext q, Object[] a) {
        String s = Values.toStringValue(a[0]);
        long limit = Args.integer(a, 2, -1);
        List<Object> out = new ArrayList<>();
        if (a.length < 2 || a[1] == null) {
            out.add(s);
            return out;
        }
        List<String> separators = new ArrayList<>();
        if (a[1] instanceof List<?> list) {
            for (Object o : list) {
                separators.add(Values.toStringValue(o));
            }
        } else {
            separators.add(Values.toStringValue(a[1]));
        }
        if (separators.size() == 1 && separators.get(0).isEmpty()) {
            s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
        } else {
            int pos = 0;
            while (true) {
                int best = -1;
                String hit = null;
                for (String sep : separators) {
                    if (sep.isEmpty()) {
                        continue;
                    }
                    int i = s.indexOf(sep, pos);
                    if (i >= 0 && (best < 0 || i < best)) {
                        best = i;
                        hit = sep;
                    }
                }
                if (best < 0) {
                    out.add(s.substring(pos));
                    break;
                }
                out.add(s.substring(pos, best));
                pos = best + hit.length();
            }
        }
        if (limit >= 0 && out.size() > limit) {
            return new ArrayList<>(out.subList(0, (int) limit));
        }
        return out;
    }

    private static Object substitute(QueryContext q, Object[] a) {
        String s = Values.toStringValue(a[0]);
        List<String> search = new ArrayList<>();
        List<String> replace = new ArrayList<>();
        long limit;
        if (a[1] instanceof Map<?, ?> mapping) {
            for (Map.Entry<?, ?> e : mapping.entrySet()) {
                search.add((String) e.getKey());
                replace.add(e.getValue() == null ? "" : Values.toStringValue(e.getValue()));
            }
            limit = Args.integer(a, 2, -1);
        } else {
            if (a[1] instanceof List<?> l) {
                l.forEach(x -> search.add(Values.toStringValue(x)));
            } else {
                search.add(Values.toStringValue(a[1]));
            }
            Object r = Args.arg(a, 2);
            for (int i = 0; i < search.size(); i++) {
                if (r instanceof List<?> rl) {
                    replace.add(i < rl.size() ? Values.toStringValue(rl.get(i)) : "");
                } else {
                    replace.add(r == null ? "" : Values.toStringValue(r));
                }
            }
            limit = Args.integer(a, 3, -1);
        }
        StringBuilder out = new StringBuilder();
        int pos = 0;
        long done = 0;
        while (pos < s.length() && (limit < 0 || done < limit)) {
            int best = -1;
            int which = -1;
            for (int i = 0; i < search.size(); i++) {
                String needle = search.get(i);
                if (needle.isEmpty()) {
                    continue;
                }
                int idx = s.indexOf(needle, pos);
                if (idx >= 0 && (best < 0 || idx < best)) {
                    best = idx;
                    which = i;
                }
            }
            if (best < 0) {
                break;
            }
            out.append(s, pos, best).append(replace.get(which));
            pos = best + search.get(which).length();
            done++;
        }
        out.append(s.substring(pos));
        return out.toString();
    }

    private static Object repeat(QueryContext q, Object[] a) {
        String s = Values.toStringValue(a[0]);
        long count = (long) Values.toDouble(a[1]);
        String sep = Args.str(a, 2, "");
        if (count <= 0) {
            return "";
        }
        long size = count * s.length() + (count - 1) * sep.length();
        if (size > 16 * 1024 * 1024) {
            q.warn(32, "resource limit exceeded");
            return null;
        }
        StringBuilder sb = new StringBuilder((int) size);
        for (long i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(s);
        }
        return sb.toString();
    }

    private static Object regexMatches(QueryContext q, Object[] a) {
        Pattern p = Patterns.regex(q, Values.toStringValue(a[1]), Args.bool(a, 2, false));
        if (p == null) {
            return null;
        }
        Matcher m = p.matcher(Values.toStringValue(a[0]));
        if (!m.find()) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i <= m.groupCount(); i++) {
            out.add(m.group(i) == null ? "" : m.group(i));
        }
        return out;
    }

    private static Object regexSplit(QueryContext q, Object[] a) {
        Pattern p = Patterns.regex(q, Values.toStringValue(a[1]), Args.bool(a, 2, false));
        if (p == null) {
            return null;
        }
        String s = Values.toStringValue(a[0]);
        long limit = Args.integer(a, 3, -1);
        List<Object> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        int pos = 0;
        while (m.find()) {
            if (m.end() == m.start() && m.start() == pos && pos < s.length()) {
                continue;
            }
            out.add(s.substring(pos, m.start()));
            for (int i = 1; i <= m.groupCount(); i++) {
                if (m.group(i) != null) {
                    out.add(m.group(i));
                }
            }
            pos = m.end();
        }
        out.add(s.substring(pos));
        if (limit >= 0 && out.size() > limit) {
            return new ArrayList<>(out.subList(0, (int) limit));
        }
        return out;
    }

    /** ICU replacement strings use {@code $1}; Java's too, but a lone backslash must be escaped for Java. */
    private static String javaReplacement(String r) {
        return r.replace("\\", "\\\\");
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
