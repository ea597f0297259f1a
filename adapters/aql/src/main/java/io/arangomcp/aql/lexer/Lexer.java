package io.arangomcp.aql.lexer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns AQL query text into tokens: case-insensitive keywords, identifiers (also backtick- and forward-tick
 * quoted), quoted strings with escapes, numbers, bind parameters, operators and comments.
 *
 * <p>Malformed input never throws here: an unknown character or an unterminated string becomes an
 * {@link TokenType#INVALID} token, which the parser reports as ArangoDB does.
 */
public final class Lexer {
    private static final Map<String, TokenType> KEYWORDS = Map.ofEntries(
            Map.entry("FOR", TokenType.FOR), Map.entry("LET", TokenType.LET),
            Map.entry("FILTER", TokenType.FILTER), Map.entry("RETURN", TokenType.RETURN),
            Map.entry("COLLECT", TokenType.COLLECT), Map.entry("SORT", TokenType.SORT),
            Map.entry("LIMIT", TokenType.LIMIT), Map.entry("WINDOW", TokenType.WINDOW),
            Map.entry("ASC", TokenType.ASC), Map.entry("DESC", TokenType.DESC),
            Map.entry("IN", TokenType.IN), Map.entry("WITH", TokenType.WITH),
            Map.entry("INTO", TokenType.INTO), Map.entry("AGGREGATE", TokenType.AGGREGATE),
            Map.entry("GRAPH", TokenType.GRAPH), Map.entry("SHORTEST_PATH", TokenType.SHORTEST_PATH),
            Map.entry("K_SHORTEST_PATHS", TokenType.K_SHORTEST_PATHS), Map.entry("K_PATHS", TokenType.K_PATHS),
            Map.entry("ALL_SHORTEST_PATHS", TokenType.ALL_SHORTEST_PATHS),
            Map.entry("DISTINCT", TokenType.DISTINCT), Map.entry("REMOVE", TokenType.REMOVE),
            Map.entry("INSERT", TokenType.INSERT), Map.entry("UPDATE", TokenType.UPDATE),
            Map.entry("REPLACE", TokenType.REPLACE), Map.entry("UPSERT", TokenType.UPSERT),
            Map.entry("NULL", TokenType.NULL), Map.entry("TRUE", TokenType.TRUE),
            Map.entry("FALSE", TokenType.FALSE), Map.entry("NOT", TokenType.NOT),
            Map.entry("AND", TokenType.AND), Map.entry("OR", TokenType.OR),
            Map.entry("LIKE", TokenType.LIKE), Map.entry("OUTBOUND", TokenType.OUTBOUND),
            Map.entry("INBOUND", TokenType.INBOUND), Map.entry("ANY", TokenType.ANY),
            Map.entry("ALL", TokenType.ALL), Map.entry("NONE", TokenType.NONE));

    private final String src;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line = 1;

    private Lexer(String src) {
        this.src = src;
    }

    /**
     * Tokenizes a whole query; the list always ends with an {@link TokenType#END} token, whose offset and line
     * are those of the whitespace and comments after the last token (the query's length when there are none).
     */
    public static List<Token> tokenize(String query) {
        Lexer lexer = new Lexer(query);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (true) {
            int trivia = pos;
            int triviaLine = line;
            skipWhitespaceAndComments();
            if (pos >= src.length()) {
                // the end token starts where the trailing whitespace and comments do: errors at the end of the
                // query are located by them (see SyntaxErrors.atEnd)
                tokens.add(new Token(TokenType.END, "", null, trivia, triviaLine, trivia, trivia));
                return;
            }
            int before = tokens.size();
            scanToken();
            if (tokens.size() > before && tokens.get(tokens.size() - 1).type() == TokenType.INVALID) {
                tokens.add(new Token(TokenType.END, "", null, src.length(), line, src.length(), src.length()));
                return;
            }
        }
    }

    private void skipWhitespaceAndComments() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '/' && peek(1) == '/') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '/' && peek(1) == '*') {
                int end = src.indexOf("*/", pos + 2);
                if (end < 0) {
                    // reported when the parser reaches it, at the last piece of the comment the lexer matched
                    int location = lastCommentPiece(pos);
                    tokens.add(new Token(TokenType.INVALID, src.substring(pos), "unexpected unterminated multi-line "
                            + "comment", pos, line, location, src.length()));
                    countLines(pos, src.length());
                    pos = src.length();
                    return;
                } else {
                    countLines(pos, end);
                    pos = end + 2;
                }
            } else {
                return;
            }
        }
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (src.charAt(i) == '\n') {
                line++;
            }
        }
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < src.length() ? src.charAt(i) : '\0';
    }

    private void add(TokenType type, String text, Object value, int start) {
        tokens.add(new Token(type, text, value, start, line, start, pos));
    }

    private void scanToken() {
        int start = pos;
        char c = src.charAt(pos);
        if (isLetter(c) || c == '_' || (c == '$' && isLetter(peek(1)))) {
            scanWord(start);
            return;
        }
        if (c >= '0' && c <= '9' || (c == '.' && isDigit(peek(1)))) {
            scanNumber(start);
            return;
        }
        switch (c) {
            case '"', '\'' -> scanString(start, c);
            case '`' -> scanQuotedName(start, '`');
            case '\u00b4' -> scanQuotedName(start, '\u00b4');
            case '@' -> scanParameter(start);
            case '=' -> twoChar(start, '=', TokenType.EQ, '~', TokenType.REGEX_MATCH, TokenType.ASSIGN);
            case '!' -> twoChar(start, '=', TokenType.NE, '~', TokenType.REGEX_NON_MATCH, TokenType.NOT);
            case '<' -> twoChar(start, '=', TokenType.LE, '\0', null, TokenType.LT);
            case '>' -> twoChar(start, '=', TokenType.GE, '\0', null, TokenType.GT);
            case '&' -> pair(start, '&', TokenType.AND);
            case '|' -> pair(start, '|', TokenType.OR);
            case ':' -> twoChar(start, ':', TokenType.SCOPE, '\0', null, TokenType.COLON);
            case '.' -> twoChar(start, '.', TokenType.RANGE, '\0', null, TokenType.DOT);
            case '+' -> single(start, TokenType.PLUS);
            case '-' -> single(start, TokenType.MINUS);
            case '*' -> single(start, TokenType.TIMES);
            case '/' -> single(start, TokenType.DIV);
            case '%' -> single(start, TokenType.MOD);
            case '?' -> single(start, TokenType.QUESTION);
            case ',' -> single(start, TokenType.COMMA);
            case '(' -> single(start, TokenType.OPEN);
            case ')' -> single(start, TokenType.CLOSE);
            case '{' -> single(start, TokenType.OBJECT_OPEN);
            case '}' -> single(start, TokenType.OBJECT_CLOSE);
            case '[' -> single(start, TokenType.ARRAY_OPEN);
            case ']' -> single(start, TokenType.ARRAY_CLOSE);
            default -> invalid(start);
        }
    }

    private void invalid(int start) {
        pos = src.length();
        add(TokenType.INVALID, src.substring(start), null, start);
    }

    private void single(int start, TokenType type) {
        pos++;
        add(type, src.substring(start, pos), null, start);
    }

    private void pair(int start, char second, TokenType type) {
        if (peek(1) == second) {
            pos += 2;
            add(type, src.substring(start, pos), null, start);
        } else {
            invalid(start);
        }
    }

    private void twoChar(int start, char c1, TokenType t1, char c2, TokenType t2, TokenType otherwise) {
        char next = peek(1);
        if (next == c1 && t1 != null) {
            pos += 2;
            add(t1, src.substring(start, pos), null, start);
        } else if (t2 != null && next == c2) {
            pos += 2;
            add(t2, src.substring(start, pos), null, start);
        } else {
            single(start, otherwise);
        }
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return isLetter(c) || isDigit(c) || c == '_';
    }

    private void scanWord(int start) {
        if (src.charAt(pos) == '$') {
            pos++;
        } else if (src.charAt(pos) == '_') {
            while (peek(0) == '_') {
                pos++;
            }
            if (!isLetter(peek(0)) && !isDigit(peek(0))) {
                invalid(start);
                return;
            }
        }
        while (pos < src.length() && isWordChar(src.charAt(pos))) {
            pos++;
        }
        String word = src.substring(start, pos);
        String upper = word.toUpperCase(Locale.ROOT);
        if (upper.equals("NOT") && followedByWord("IN")) {
            add(TokenType.NOT_IN, src.substring(start, pos), null, start);
            return;
        }
        if (upper.equals("AT") && followedByWord("LEAST")) {
            add(TokenType.AT_LEAST, src.substring(start, pos), null, start);
            return;
        }
        TokenType keyword = KEYWORDS.get(upper);
        add(keyword != null ? keyword : TokenType.IDENTIFIER, word, null, start);
    }

    /** Consumes whitespace plus {@code word} if they follow, for the two-word tokens NOT IN and AT LEAST. */
    private boolean followedByWord(String word) {
        int i = pos;
        int lines = 0;
        if (i >= src.length() || !Character.isWhitespace(src.charAt(i))) {
            return false;
        }
        while (i < src.length() && (src.charAt(i) == ' ' || src.charAt(i) == '\t' || src.charAt(i) == '\r'
                || src.charAt(i) == '\n')) {
            if (src.charAt(i) == '\n') {
                lines++;
            }
            i++;
        }
        int end = i + word.length();
        if (end > src.length() || !src.regionMatches(true, i, word, 0, word.length())) {
            return false;
        }
        if (end < src.length() && isWordChar(src.charAt(end))) {
            return false;
        }
        pos = end;
        line += lines;
        return true;
    }

    private void scanNumber(int start) {
        if (src.charAt(pos) == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'b' || peek(1) == 'B')) {
            boolean hex = peek(1) == 'x' || peek(1) == 'X';
            int digitsStart = pos + 2;
            int i = digitsStart;
            while (i < src.length() && (hex ? Character.digit(src.charAt(i), 16) >= 0
                    : src.charAt(i) == '0' || src.charAt(i) == '1')) {
                i++;
            }
            if (i > digitsStart) {
                pos = i;
                String digits = src.substring(digitsStart, i);
                add(TokenType.INTEGER, src.substring(start, pos), parseRadix(digits, hex ? 16 : 2), start);
                return;
            }
        }
        boolean isDouble = false;
        if (src.charAt(pos) == '.') {
            isDouble = true;
            pos++;
            while (isDigit(peek(0))) {
                pos++;
            }
        } else if (src.charAt(pos) == '0') {
            pos++;
        } else {
            while (isDigit(peek(0))) {
                pos++;
            }
        }
        if (!isDouble && peek(0) == '.' && isDigit(peek(1))) {
            isDouble = true;
            pos++;
            while (isDigit(peek(0))) {
                pos++;
            }
        }
        if ((peek(0) == 'e' || peek(0) == 'E')
                && (isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && isDigit(peek(2))))) {
            isDouble = true;
            pos += 2;
            while (isDigit(peek(0))) {
                pos++;
            }
        }
        String text = src.substring(start, pos);
        if (isDouble) {
            add(TokenType.DOUBLE, text, Double.parseDouble(text), start);
            return;
        }
        Object value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            value = Double.parseDouble(text);
        }
        add(TokenType.INTEGER, text, value, start);
    }

    private static Object parseRadix(String digits, int radix) {
        try {
            return Long.parseLong(digits, radix);
        } catch (NumberFormatException e) {
            return new java.math.BigInteger(digits, radix).doubleValue();
        }
    }

    private void scanString(int start, char quote) {
        int close = closingQuote(start, quote, "unexpected unterminated string literal");
        if (close < 0) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        int i = start + 1;
        while (i < close) {
            char c = src.charAt(i);
            if (c == '\\') {
                i = unescape(sb, i + 1);
            } else {
                sb.append(c);
                i++;
            }
        }
        addQuoted(TokenType.QUOTED_STRING, sb.toString(), start, close);
    }

    /**
     * The index of the quote closing the string or name opened at {@code start} (a backslash escapes the next
     * character unless that is a line break), or -1 after adding an INVALID token with the lexer's message,
     * located like ArangoDB's: at the last piece read before the end of the query.
     */
    private int closingQuote(int start, char quote, String unterminated) {
        int i = start + 1;
        int last = start;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == quote) {
                return i;
            }
            if (c == '\\' && i + 1 < src.length() && src.charAt(i + 1) != '\n') {
                last = i;
                i += 2;
            } else {
                last = c == '\n' ? i + 1 : i;
                i++;
            }
        }
        tokens.add(new Token(TokenType.INVALID, src.substring(start), unterminated, start, line, last, src.length()));
        pos = src.length();
        return -1;
    }

    /** Adds a quoted string or name ending at {@code close}; errors locate it at the closing quote. */
    private void addQuoted(TokenType type, String text, int start, int close) {
        tokens.add(new Token(type, text, null, start, line, close, close + 1));
        countLines(start, close);
        pos = close + 1;
    }

    /** Where the lexer's last piece of an unterminated comment starting at {@code start} begins. */
    private int lastCommentPiece(int start) {
        int n = src.length();
        if (n == start + 2) {
            return start;
        }
        char c = src.charAt(n - 1);
        if (c == '\n') {
            return n;
        }
        if (c == '*') {
            return n - 1;
        }
        int i = n - 1;
        while (i > start + 2 && src.charAt(i - 1) != '*' && src.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    /** Decodes the escape whose letter is at {@code i}; returns the index after it. */
    private int unescape(StringBuilder sb, int i) {
        char e = src.charAt(i);
        switch (e) {
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'u' -> {
                if (i + 4 < src.length()) {
                    String hex = src.substring(i + 1, i + 5);
                    try {
                        sb.append((char) Integer.parseInt(hex, 16));
                        return i + 5;
                    } catch (NumberFormatException ex) {
                        sb.append('u');
                    }
                } else {
                    sb.append('u');
                }
            }
            default -> sb.append(e);
        }
        return i + 1;
    }

    private void scanQuotedName(int start, char quote) {
        int close = closingQuote(start, quote, "unexpected unterminated identifier");
        if (close < 0) {
            return;
        }
        if (close == start + 1) {
            invalid(start);
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = start + 1; i < close; i++) {
            char c = src.charAt(i);
            if (c == '\\' && i + 1 < close) {
                i++;
                c = src.charAt(i);
            }
            sb.append(c);
        }
        addQuoted(TokenType.IDENTIFIER, sb.toString(), start, close);
    }

    private void scanParameter(int start) {
        boolean dataSource = peek(1) == '@';
        int i = pos + (dataSource ? 2 : 1);
        int nameStart = i;
        while (i < src.length() && src.charAt(i) == '_') {
            i++;
        }
        if (i >= src.length() || !(isLetter(src.charAt(i)) || isDigit(src.charAt(i)))) {
            invalid(start);
            return;
        }
        while (i < src.length() && isWordChar(src.charAt(i))) {
            i++;
        }
        pos = i;
        add(dataSource ? TokenType.DATA_SOURCE_PARAMETER : TokenType.PARAMETER, src.substring(nameStart, i),
                null, start);
    }
}
