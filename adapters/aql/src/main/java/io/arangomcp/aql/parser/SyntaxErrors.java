package io.arangomcp.aql.parser;

import io.arangomcp.domain.error.DatabaseError;
import java.nio.charset.StandardCharsets;

/**
 * Builds ArangoDB's parse error messages: {@code <message> near '<up to 32 bytes of the query>' at position
 * <line>:<column>}, with 1-based lines and 1-based byte columns.
 */
public final class SyntaxErrors {
    private static final int SNIPPET_BYTES = 32;

    private SyntaxErrors() {
    }

    /** A 1501 error located at a character offset of the query (line and byte column computed from it). */
    public static DatabaseError at(String query, int offset, String message) {
        return at(query, offset, 1501, message);
    }

    /** An error with the given number, located at a character offset of the query like a parse error. */
    public static DatabaseError at(String query, int offset, int errorNum, String message) {
        int lineStart = query.lastIndexOf('\n', offset - 1) + 1;
        int line = 1;
        for (int i = 0; i < lineStart; i++) {
            if (query.charAt(i) == '\n') {
                line++;
            }
        }
        int column = bytes(query, lineStart, offset) + 1;
        return new DatabaseError(400, errorNum,
                message + " near '" + snippet(query, offset) + "' at position " + line + ":" + column);
    }

    /**
     * A 1501 error at the end of the query. ArangoDB's lexer gives the end of input the location of the last
     * lexeme it matched, and whitespace runs, line breaks and comment pieces are lexemes too: after trailing
     * whitespace the error is located at that whitespace; after a line break, at the start of the next line (the
     * lexer counts the line before it locates the break). {@code from} is where the trailing whitespace and
     * comments start; when there are none the caller locates the error at the last token.
     */
    public static DatabaseError atEnd(String query, int from, int errorNum, String message) {
        int line = 1;
        for (int i = 0; i < from; i++) {
            if (query.charAt(i) == '\n') {
                line++;
            }
        }
        int lineStart = query.lastIndexOf('\n', from - 1) + 1;
        int locLine = line;
        int locColumn = bytes(query, lineStart, from);
        int pos = from;
        int n = query.length();
        while (pos < n) {
            char c = query.charAt(pos);
            if (c == '\n') {
                line++;
                locLine = line;
                locColumn = 0;
                lineStart = ++pos;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                locLine = line;
                locColumn = bytes(query, lineStart, pos);
                while (pos < n && (query.charAt(pos) == ' ' || query.charAt(pos) == '\t'
                        || query.charAt(pos) == '\r')) {
                    pos++;
                }
            } else if (query.startsWith("//", pos)) {
                locLine = line;
                locColumn = bytes(query, lineStart, pos);
                pos += 2;
                if (pos < n && query.charAt(pos) != '\n') {
                    locColumn = bytes(query, lineStart, pos);
                }
                while (pos < n && query.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (query.startsWith("/*", pos)) {
                locLine = line;
                locColumn = bytes(query, lineStart, pos);
                pos += 2;
                while (pos < n && !query.startsWith("*/", pos)) {
                    if (query.charAt(pos) == '\n') {
                        line++;
                        locLine = line;
                        locColumn = 0;
                        lineStart = ++pos;
                        continue;
                    }
                    locLine = line;
                    locColumn = bytes(query, lineStart, pos);
                    if (query.charAt(pos) == '*') {
                        pos++;
                    } else {
                        while (pos < n && query.charAt(pos) != '*' && query.charAt(pos) != '\n') {
                            pos++;
                        }
                    }
                }
                if (pos < n) {
                    locLine = line;
                    locColumn = bytes(query, lineStart, pos);
                    pos += 2;
                }
            } else {
                break;
            }
        }
        return new DatabaseError(400, errorNum, message + " near '" + snippet(query, region(query, locLine, locColumn))
                + "' at position " + locLine + ":" + (locColumn + 1));
    }

    /**
     * An error at line 1 and the 0-based byte column of the character before {@code end} within its own line:
     * where the server's grammar locates errors raised by actions that run right after a construct (their
     * location has the construct's last column, and a line the lexer never updates).
     */
    public static DatabaseError atLineOne(String query, int end, int errorNum, String message) {
        int last = Math.max(0, end - 1);
        int lineStart = query.lastIndexOf('\n', last - 1) + 1;
        int column = Math.max(0, bytes(query, lineStart, Math.min(end, query.length())) - 1);
        return new DatabaseError(400, errorNum, message + " near '" + snippet(query, region(query, 1, column))
                + "' at position 1:" + (column + 1));
    }

    /** The offset of a 1-based line and 0-based byte column, stopping at the end of that line. */
    private static int region(String query, int line, int column) {
        int currentLine = 1;
        int currentColumn = 0;
        int p = 0;
        while (p < query.length()) {
            if (currentLine > line || (currentLine == line && currentColumn >= column)) {
                break;
            }
            int c = query.codePointAt(p);
            if (c == '\n') {
                currentLine++;
                currentColumn = 0;
            } else {
                currentColumn += new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
            }
            p += Character.charCount(c);
        }
        return p;
    }

    private static int bytes(String query, int from, int to) {
        return query.substring(from, to).getBytes(StandardCharsets.UTF_8).length;
    }

    /** The text from {@code offset}: all of it when short, else its first 32 bytes and "...". */
    static String snippet(String query, int offset) {
        String rest = query.substring(Math.min(offset, query.length()));
        byte[] bytes = rest.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= SNIPPET_BYTES) {
            return rest;
        }
        int cut = SNIPPET_BYTES;
        while (cut > 0 && (bytes[cut] & 0xC0) == 0x80) {
            cut--;
        }
        return new String(bytes, 0, cut, StandardCharsets.UTF_8) + "...";
    }
}
