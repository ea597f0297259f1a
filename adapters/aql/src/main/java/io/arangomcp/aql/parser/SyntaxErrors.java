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

    /** A 1501 error located at a character offset of the query. */
    public static DatabaseError at(String query, int offset, int line, String message) {
        int lineStart = query.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        if (offset == 0) {
            lineStart = 0;
        }
        int column = query.substring(lineStart, offset).getBytes(StandardCharsets.UTF_8).length + 1;
        return new DatabaseError(400, 1501,
                message + " near '" + snippet(query, offset) + "' at position " + line + ":" + column);
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
