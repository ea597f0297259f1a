package io.arangomcp.aql.lexer;

/**
 * One lexeme of an AQL query.
 *
 * @param type   the token kind
 * @param text   the identifier, string or parameter name (unescaped), or the raw lexeme for others
 * @param value  the literal value of numbers ({@link Long} or {@link Double}), else {@code null}
 * @param offset   the index of the token's first character in the query string
 * @param line     the 1-based line of the token
 * @param location the index ArangoDB's lexer locates the token at in syntax errors: its first character, except
 *                 for quoted strings and names (their closing quote, the last piece the lexer matched) and for
 *                 unterminated ones (the last piece read before the end)
 * @param end      the index after the token's last character
 */
public record Token(TokenType type, String text, Object value, int offset, int line, int location, int end) {

    /** Whether this token is an identifier spelled {@code word}, ignoring case (context words like OPTIONS). */
    public boolean isWord(String word) {
        return type == TokenType.IDENTIFIER && text.equalsIgnoreCase(word);
    }
}
