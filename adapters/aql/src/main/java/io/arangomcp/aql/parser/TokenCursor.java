package io.arangomcp.aql.parser;

import io.arangomcp.aql.ast.Pos;
import io.arangomcp.aql.lexer.Token;
import io.arangomcp.aql.lexer.TokenType;
import io.arangomcp.domain.error.DatabaseError;
import java.util.List;

/**
 * The token helpers every parsing rule uses ({@code peek}, {@code check}, {@code match}, {@code advance},
 * {@code expect}), the nesting guard, and error reporting in ArangoDB's shape.
 */
abstract class TokenCursor {
    /** Deeper nesting of brackets, parentheses and subqueries than this is refused (error 1524). */
    static final int MAX_NESTING = 200;

    protected final String query;
    private final List<Token> tokens;
    private int index;
    private int nesting;

    TokenCursor(String query, List<Token> tokens) {
        this.query = query;
        this.tokens = tokens;
    }

    protected Token peek() {
        return tokens.get(index);
    }

    /** The token read last (the first one when nothing was read yet). */
    protected Token previous() {
        return tokens.get(Math.max(0, index - 1));
    }

    protected Token peekAt(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    protected boolean check(TokenType type) {
        return peek().type() == type;
    }

    protected boolean checkWord(String word) {
        return peek().isWord(word);
    }

    protected Token advance() {
        Token t = tokens.get(index);
        if (index < tokens.size() - 1) {
            index++;
        }
        return t;
    }

    protected boolean match(TokenType type) {
        if (check(type)) {
            advance();
            return true;
        }
        return false;
    }

    protected Token expect(TokenType type) {
        if (!check(type)) {
            throw unexpected();
        }
        return advance();
    }

    protected Pos pos(Token t) {
        return new Pos(t.offset(), t.line());
    }

    protected Pos here() {
        return pos(peek());
    }

    /** Enters a nested construct; too deep nesting fails cleanly instead of exhausting the stack. */
    protected void enter() {
        if (++nesting > MAX_NESTING) {
            throw new DatabaseError(400, 1524, "too much nesting or too many objects");
        }
    }

    protected void leave() {
        nesting--;
    }

    /** The standard "syntax error, unexpected X" at the current token. */
    protected DatabaseError unexpected() {
        Token t = peek();
        if (t.type() == TokenType.INVALID && t.value() instanceof String lexerMessage) {
            // an unterminated string, name or comment: the lexer's own message
            return errorAt(t, lexerMessage);
        }
        return errorAt(t, "syntax error, unexpected " + t.type().displayName());
    }

    /**
     * A 1501 error located where the server's grammar puts errors checked in an action that runs right after
     * {@code last}: its location holds the line Bison starts with (1, as the lexer never sets the end line) and
     * the column of the token's last byte.
     */
    protected DatabaseError errorAfter(Token last, int errorNum, String message) {
        return SyntaxErrors.atLineOne(query, last.end(), errorNum, message);
    }

    /** A 1501 error with the given message at a token (the end of the query: see {@link SyntaxErrors#atEnd}). */
    protected DatabaseError errorAt(Token t, String message) {
        return errorAt(t, 1501, message);
    }

    /** An error with the given number and message at a token, in the parse error shape. */
    protected DatabaseError errorAt(Token t, int errorNum, String message) {
        if (t.type() == TokenType.END) {
            if (t.offset() < query.length() || tokens.size() < 2) {
                return SyntaxErrors.atEnd(query, t.offset(), errorNum, message);
            }
            return SyntaxErrors.at(query, tokens.get(tokens.size() - 2).location(), errorNum, message);
        }
        return SyntaxErrors.at(query, t.location(), errorNum, message);
    }
}
