package io.arangomcp.aql.parser;

import io.arangomcp.aql.ast.Expr;
import io.arangomcp.aql.ast.Expr.Quantifier;
import io.arangomcp.aql.ast.Query;
import io.arangomcp.aql.lexer.Token;
import io.arangomcp.aql.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the operands of AQL expressions: literals, arrays, objects, names, bind parameters, function calls,
 * parenthesised expressions and subqueries, then attribute access, indexing and the array operators
 * ({@code [*]}, {@code [**]}, inline FILTER/LIMIT/RETURN, {@code [? …]}).
 */
abstract class PrimaryParser extends TokenCursor {
    /**
     * While parsing the document of a modification ({@code UPDATE doc IN coll}) a top-level IN ends the
     * expression instead of being the membership operator; brackets and parentheses restore it.
     */
    private boolean inIsOperator = true;

    PrimaryParser(String query, List<Token> tokens) {
        super(query, tokens);
    }

    /** A full expression (the lowest precedence level). */
    abstract Expr expression();

    /** A subquery body, parsed by the statement parser. */
    abstract Query subquery();

    /** Whether a token starts a statement (and so a parenthesised subquery). */
    abstract boolean startsStatement(Token t);

    boolean inIsOperator() {
        return inIsOperator;
    }

    void inIsOperator(boolean value) {
        inIsOperator = value;
    }

    Expr nested(java.util.function.Supplier<Expr> rule) {
        boolean saved = inIsOperator;
        inIsOperator = true;
        enter();
        try {
            return rule.get();
        } finally {
            leave();
            inIsOperator = saved;
        }
    }

    /** Attribute access, indexing and the array operators, applied left to right. */
    Expr postfix(Expr base) {
        Expr e = base;
        while (true) {
            if (match(TokenType.DOT)) {
                e = attributeStep(e);
            } else if (check(TokenType.ARRAY_OPEN)) {
                TokenType next = peekAt(1).type();
                if (next == TokenType.TIMES) {
                    return expansion(e);
                }
                if (next == TokenType.QUESTION) {
                    e = questionMark(e);
                    continue;
                }
                advance();
                Expr index = nested(this::expression);
                expect(TokenType.ARRAY_CLOSE);
                e = new Expr.IndexAccess(e, index);
            } else {
                return e;
            }
        }
    }

    private Expr attributeStep(Expr object) {
        Token t = peek();
        if (t.type() == TokenType.IDENTIFIER) {
            advance();
            return new Expr.AttributeAccess(object, t.text());
        }
        if (t.type() == TokenType.PARAMETER) {
            advance();
            return new Expr.IndexAccess(object, new Expr.BindParam(t.text(), false, pos(t)));
        }
        throw unexpected();
    }

    /** {@code [* FILTER … LIMIT … RETURN …]} and everything after it, which applies to each element. */
    private Expr expansion(Expr source) {
        enter();
        try {
            expect(TokenType.ARRAY_OPEN);
            int levels = 0;
            while (match(TokenType.TIMES)) {
                levels++;
            }
            boolean saved = inIsOperator;
            inIsOperator = true;
            Expr filter = null;
            Expr offset = null;
            Expr count = null;
            Expr projection = null;
            try {
                if (match(TokenType.FILTER)) {
                    filter = expression();
                }
                if (match(TokenType.LIMIT)) {
                    count = expression();
                    if (match(TokenType.COMMA)) {
                        offset = count;
                        count = expression();
                    }
                }
                if (match(TokenType.RETURN)) {
                    projection = expression();
                }
            } finally {
                inIsOperator = saved;
            }
            expect(TokenType.ARRAY_CLOSE);
            Expr start = projection != null ? projection : new Expr.VarRef("CURRENT", here());
            Expr chain = postfix(start);
            boolean identity = chain instanceof Expr.VarRef ref && ref.name().equals("CURRENT") && projection == null;
            return new Expr.Expansion(source, levels, filter, offset, count, identity ? null : chain);
        } finally {
            leave();
        }
    }

    private Expr questionMark(Expr source) {
        enter();
        try {
            expect(TokenType.ARRAY_OPEN);
            expect(TokenType.QUESTION);
            boolean saved = inIsOperator;
            inIsOperator = true;
            try {
                Quantifier quantifier;
                if (match(TokenType.ALL)) {
                    quantifier = new Quantifier(Quantifier.Kind.ALL, null);
                } else if (match(TokenType.ANY)) {
                    quantifier = new Quantifier(Quantifier.Kind.ANY, null);
                } else if (match(TokenType.NONE)) {
                    quantifier = new Quantifier(Quantifier.Kind.NONE, null);
                } else if (match(TokenType.AT_LEAST)) {
                    expect(TokenType.OPEN);
                    Expr n = expression();
                    expect(TokenType.CLOSE);
                    quantifier = new Quantifier(Quantifier.Kind.AT_LEAST, n);
                } else if (check(TokenType.FILTER) || check(TokenType.ARRAY_CLOSE)) {
                    quantifier = new Quantifier(Quantifier.Kind.ANY, null);
                } else {
                    quantifier = new Quantifier(Quantifier.Kind.EXACT, expression());
                }
                Expr filter = match(TokenType.FILTER) ? expression() : null;
                expect(TokenType.ARRAY_CLOSE);
                return new Expr.QuestionMark(source, quantifier, filter);
            } finally {
                inIsOperator = saved;
            }
        } finally {
            leave();
        }
    }

    Expr primary() {
        Token t = peek();
        switch (t.type()) {
            case NULL:
                advance();
                return new Expr.Literal(null);
            case TRUE:
                advance();
                return new Expr.Literal(Boolean.TRUE);
            case FALSE:
                advance();
                return new Expr.Literal(Boolean.FALSE);
            case INTEGER:
            case DOUBLE:
                advance();
                return new Expr.Literal(t.value());
            case QUOTED_STRING:
                advance();
                return new Expr.Literal(t.text());
            case PARAMETER:
                advance();
                return new Expr.BindParam(t.text(), false, pos(t));
            case DATA_SOURCE_PARAMETER:
                advance();
                return new Expr.BindParam(t.text(), true, pos(t));
            case OPEN:
                return parenthesized();
            case ARRAY_OPEN:
                return nested(this::arrayLiteral);
            case OBJECT_OPEN:
                return nested(this::objectLiteral);
            case LIKE:
                if (peekAt(1).type() == TokenType.OPEN) {
                    advance();
                    return call("LIKE", t);
                }
                throw unexpected();
            case IDENTIFIER:
                return identifierOrCall();
            default:
                throw unexpected();
        }
    }

    private Expr parenthesized() {
        advance();
        if (startsStatement(peek())) {
            enter();
            boolean saved = inIsOperator;
            inIsOperator = true;
            try {
                Query q = subquery();
                expect(TokenType.CLOSE);
                return new Expr.Subquery(q);
            } finally {
                inIsOperator = saved;
                leave();
            }
        }
        Expr e = nested(this::expression);
        expect(TokenType.CLOSE);
        return e;
    }

    private Expr arrayLiteral() {
        expect(TokenType.ARRAY_OPEN);
        List<Expr> elements = new ArrayList<>();
        while (!check(TokenType.ARRAY_CLOSE)) {
            elements.add(expression());
            if (!match(TokenType.COMMA)) {
                break;
            }
        }
        expect(TokenType.ARRAY_CLOSE);
        return new Expr.ArrayLiteral(elements);
    }

    private Expr objectLiteral() {
        expect(TokenType.OBJECT_OPEN);
        List<Expr.ObjectEntry> entries = new ArrayList<>();
        while (!check(TokenType.OBJECT_CLOSE)) {
            entries.add(objectEntry());
            if (!match(TokenType.COMMA)) {
                break;
            }
        }
        expect(TokenType.OBJECT_CLOSE);
        return new Expr.ObjectLiteral(entries);
    }

    private Expr.ObjectEntry objectEntry() {
        Token t = peek();
        switch (t.type()) {
            case IDENTIFIER -> {
                advance();
                if (check(TokenType.COMMA) || check(TokenType.OBJECT_CLOSE)) {
                    return new Expr.ObjectEntry(t.text(), null, new Expr.VarRef(t.text(), pos(t)));
                }
                expect(TokenType.COLON);
                return new Expr.ObjectEntry(t.text(), null, expression());
            }
            case QUOTED_STRING -> {
                advance();
                expect(TokenType.COLON);
                return new Expr.ObjectEntry(t.text(), null, expression());
            }
            case PARAMETER -> {
                advance();
                expect(TokenType.COLON);
                return new Expr.ObjectEntry(null, new Expr.BindParam(t.text(), false, pos(t)), expression());
            }
            case ARRAY_OPEN -> {
                advance();
                Expr key = expression();
                expect(TokenType.ARRAY_CLOSE);
                expect(TokenType.COLON);
                return new Expr.ObjectEntry(null, key, expression());
            }
            default -> throw unexpected();
        }
    }

    private Expr identifierOrCall() {
        Token t = advance();
        if (check(TokenType.OPEN) || check(TokenType.SCOPE)) {
            return namedCall(t);
        }
        return new Expr.VarRef(t.text(), pos(t));
    }

    /** A call of the function named by {@code t}, possibly namespaced ({@code ns::f(…)}). */
    private Expr namedCall(Token t) {
        StringBuilder name = new StringBuilder(t.text());
        while (match(TokenType.SCOPE)) {
            name.append("::").append(expect(TokenType.IDENTIFIER).text());
        }
        return call(name.toString().toUpperCase(Locale.ROOT), t);
    }

    private Expr call(String name, Token nameToken) {
        expect(TokenType.OPEN);
        enter();
        boolean saved = inIsOperator;
        inIsOperator = true;
        try {
            List<Expr> args = new ArrayList<>();
            if (startsStatement(peek())) {
                // a subquery may be passed without its own parentheses: MERGE(FOR x IN … RETURN …)
                args.add(new Expr.Subquery(subquery()));
            } else if (!check(TokenType.CLOSE)) {
                do {
                    args.add(expression());
                } while (match(TokenType.COMMA));
            }
            expect(TokenType.CLOSE);
            return new Expr.FunctionCall(name, args, pos(nameToken));
        } finally {
            inIsOperator = saved;
            leave();
        }
    }
}
