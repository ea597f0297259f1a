package io.arangomcp.aql.eval;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * LIKE wildcards and AQL regular expressions as Java {@link Pattern}s, compiled once per query.
 */
public final class Patterns {
    private Patterns() {
    }

    /** The LIKE pattern ({@code %} any run, {@code _} one character, backslash escapes) as a full-match regex. */
    public static Pattern like(QueryContext q, String pattern, boolean caseInsensitive) {
        return q.pattern((caseInsensitive ? "L1:" : "L0:") + pattern, () -> {
            StringBuilder re = new StringBuilder();
            StringBuilder literal = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '\\' && i + 1 < pattern.length()) {
                    literal.append(pattern.charAt(++i));
                } else if (c == '%' || c == '_') {
                    flush(re, literal);
                    re.append(c == '%' ? ".*" : ".");
                } else {
                    literal.append(c);
                }
            }
            flush(re, literal);
            int flags = Pattern.DOTALL | (caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
            return Pattern.compile(re.toString(), flags);
        });
    }

    private static void flush(StringBuilder re, StringBuilder literal) {
        if (literal.length() > 0) {
            re.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }

    /** Whether {@code text} matches the LIKE pattern. */
    public static boolean like(QueryContext q, String text, String pattern, boolean caseInsensitive) {
        return like(q, pattern, caseInsensitive).matcher(text).matches();
    }

    /** An AQL (ICU-style) regular expression, or null with warning 1543 when it is invalid. */
    public static Pattern regex(QueryContext q, String regex, boolean caseInsensitive) {
        try {
            return q.pattern((caseInsensitive ? "R1:" : "R0:") + regex, () -> Pattern.compile(translate(regex),
                    caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0));
        } catch (PatternSyntaxException e) {
            q.warn(1543, "invalid regex value");
            return null;
        }
    }

    /** Rewrites the POSIX classes ICU accepts ({@code [[:alpha:]]}) into Java's {@code \p{Alpha}}. */
    private static String translate(String regex) {
        if (!regex.contains("[:")) {
            return regex;
        }
        String[][] classes = {{"alpha", "Alpha"}, {"digit", "Digit"}, {"alnum", "Alnum"}, {"upper", "Upper"},
            {"lower", "Lower"}, {"space", "Space"}, {"punct", "Punct"}, {"xdigit", "XDigit"}, {"cntrl", "Cntrl"},
            {"print", "Print"}, {"graph", "Graph"}, {"blank", "Blank"}};
        String out = regex;
        for (String[] c : classes) {
            out = out.replace("[:" + c[0] + ":]", "\\p{" + c[1] + "}");
        }
        return out;
    }
}
