package io.arangomcp.aql.parser;

import io.arangomcp.aql.ast.Expr;
import io.arangomcp.aql.lexer.Token;
import io.arangomcp.aql.lexer.TokenType;

/**
 * The clauses introduced by context words (OPTIONS, SEARCH, PRUNE): as in the server's grammar, any identifier
 * is accepted where one of them may stand and checked once the clause is read, so a misspelt word gets the
 * server's "unexpected qualifier" message, located where the server locates it (the token after a clause that
 * ends with an expression; the closing brace of an OPTIONS object).
 */
final class Qualifiers {
    private final Parser p;

    Qualifiers(Parser parser) {
        this.p = parser;
    }

    /** {@code SEARCH expr} and/or {@code OPTIONS expr} after a FOR over a collection, view or array. */
    Expr[] forOptions() {
        if (!p.check(TokenType.IDENTIFIER)) {
            return new Expr[2];
        }
        Token first = p.advance();
        Expr firstValue = p.expression();
        if (p.check(TokenType.IDENTIFIER)) {
            Token second = p.advance();
            Expr secondValue = p.expression();
            Token at = p.peek();
            if (!first.isWord("SEARCH") || !second.isWord("OPTIONS")) {
                throw p.errorAt(at, "unexpected qualifier '" + first.text() + "', expecting 'SEARCH' and 'OPTIONS'");
            }
            validate(secondValue, at);
            return new Expr[] {firstValue, secondValue};
        }
        if (first.isWord("SEARCH")) {
            return new Expr[] {firstValue, null};
        }
        Token at = p.peek();
        if (!first.isWord("OPTIONS")) {
            throw p.errorAt(at, "unexpected qualifier '" + first.text() + "', expecting 'SEARCH' or 'OPTIONS'");
        }
        validate(firstValue, at);
        return new Expr[] {null, firstValue};
    }

    /** {@code OPTIONS {…}} after COLLECT, a data modification or a path search: a word and an object. */
    Expr options() {
        if (!p.check(TokenType.IDENTIFIER)) {
            return null;
        }
        Token word = p.advance();
        if (!p.check(TokenType.OBJECT_OPEN)) {
            throw p.unexpected();
        }
        Expr value = p.expression();
        Token close = p.previous();
        if (!word.isWord("OPTIONS")) {
            throw p.errorAt(close, "unexpected qualifier '" + word.text() + "', expecting 'OPTIONS'");
        }
        validate(value, close);
        return value;
    }

    /**
     * A traversal's {@code PRUNE [var =] expr} and/or {@code OPTIONS {…}}: {prune variable name as a literal or
     * null, prune condition, options}.
     */
    Object[] pruneAndOptions() {
        Object[] out = new Object[3];
        if (!p.check(TokenType.IDENTIFIER)) {
            return out;
        }
        Token first = p.advance();
        if (first.isWord("PRUNE") && p.check(TokenType.IDENTIFIER) && p.peekAt(1).type() == TokenType.ASSIGN) {
            out[0] = p.advance().text();
            p.advance();
        }
        Expr firstValue = p.expression();
        if (p.check(TokenType.IDENTIFIER)) {
            Token second = p.advance();
            if (!p.check(TokenType.OBJECT_OPEN)) {
                throw p.unexpected();
            }
            Expr options = p.expression();
            Token close = p.previous();
            if (!first.isWord("PRUNE")) {
                throw p.errorAt(close, "unexpected qualifier '" + first.text() + "', expecting 'PRUNE'");
            }
            if (!second.isWord("OPTIONS")) {
                throw p.errorAt(close, "unexpected qualifier '" + second.text() + "', expecting 'OPTIONS'");
            }
            validate(options, close);
            out[1] = firstValue;
            out[2] = options;
            return out;
        }
        Token at = p.peek();
        if (first.isWord("PRUNE")) {
            out[1] = firstValue;
        } else if (first.isWord("OPTIONS")) {
            validate(firstValue, at);
            out[2] = firstValue;
        } else {
            throw p.errorAt(at, "unexpected qualifier '" + first.text() + "', expecting 'PRUNE' or 'OPTIONS'");
        }
        return out;
    }

    /** OPTIONS must be an object literal whose values are known when the query is compiled. */
    private void validate(Expr value, Token at) {
        if (!(value instanceof Expr.ObjectLiteral)) {
            throw p.errorAt(at, "'OPTIONS' have to be an object");
        }
        if (!constant(value)) {
            throw p.errorAt(at, 1575, "'OPTIONS' have to be known at query compile time");
        }
    }

    /** The server's notion of a constant at parse time: literals, bind parameters and structures of them. */
    static boolean constant(Expr e) {
        if (e instanceof Expr.Literal || e instanceof Expr.BindParam) {
            return true;
        }
        if (e instanceof Expr.Unary u && u.operand() instanceof Expr.Literal l && l.value() instanceof Number) {
            return u.op() == Expr.UnaryOp.MINUS || u.op() == Expr.UnaryOp.PLUS;
        }
        if (e instanceof Expr.ArrayLiteral a) {
            return a.elements().stream().allMatch(Qualifiers::constant);
        }
        if (e instanceof Expr.ObjectLiteral o) {
            return o.entries().stream().allMatch(en -> en.computedKey() == null && constant(en.value()));
        }
        if (e instanceof Expr.AttributeAccess a) {
            return constant(a.object());
        }
        return false;
    }
}
