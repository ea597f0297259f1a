package io.arangomcp.aql.parser;

import io.arangomcp.aql.ast.Expr;
import io.arangomcp.aql.ast.Expr.BinaryOp;
import io.arangomcp.aql.ast.Expr.Quantifier;
import io.arangomcp.aql.ast.Query;
import io.arangomcp.aql.lexer.Token;
import io.arangomcp.aql.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses AQL expressions, one method per precedence level (lowest first): ternary, OR, AND, quantified
 * comparison, equality/LIKE/regex, IN, relational, range, additive, multiplicative, unary, postfix, primary.
 */
abstract class ExpressionParser extends TokenCursor {
    /**
     * While parsing the document of a modification ({@code UPDATE doc IN coll}) a top-level IN ends the
     * expression instead of being the membership operator; brackets and parentheses restore it.
     */
    private boolean inIsOperator = true;

    ExpressionParser(String query, List<Token> tokens) {
        super(query, tokens);
    }

    /** A subquery body, parsed by the statement parser. */
    abstract Query subquery();

    /** Whether a token starts a statement (and so a parenthesised subquery). */
    abstract boolean startsStatement(Token t);

    Expr expression() {
        return ternary();
    }

    /** An expression in which a top-level IN is not an operator (modification documents). */
    Expr expressionBeforeIn() {
        boolean saved = inIsOperator;
        inIsOperator = false;
        try {
            return expression();
        } finally {
            inIsOperator = saved;
        }
    }

    private Expr nested(java.util.function.Supplier<Expr> rule) {
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

    private Expr ternary() {
        Expr condition = or();
        if (!match(TokenType.QUESTION)) {
            return condition;
        }
        enter();
        try {
            Expr then = null;
            if (!check(TokenType.COLON)) {
                then = expression();
            }
            expect(TokenType.COLON);
            Expr otherwise = ternary();
            return new Expr.Ternary(condition, then, otherwise);
        } finally {
            leave();
        }
    }

    private Expr or() {
        Expr left = and();
        while (match(TokenType.OR)) {
            left = new Expr.Logical(false, left, and());
        }
        return left;
    }

    private Expr and() {
        Expr left = quantified();
        while (match(TokenType.AND)) {
            left = new Expr.Logical(true, left, quantified());
        }
        return left;
    }

    private boolean isComparisonAfterQuantifier(Token t) {
        return switch (t.type()) {
            case EQ, NE, LT, GT, LE, GE, IN, NOT_IN -> true;
            default -> false;
        };
    }

    private Expr quantified() {
        Expr left = equality();
        while (true) {
            Quantifier quantifier;
            TokenType t = peek().type();
            if ((t == TokenType.ALL || t == TokenType.ANY || t == TokenType.NONE)
                    && isComparisonAfterQuantifier(peekAt(1))) {
                advance();
                quantifier = new Quantifier(t == TokenType.ALL ? Quantifier.Kind.ALL
                        : t == TokenType.ANY ? Quantifier.Kind.ANY : Quantifier.Kind.NONE, null);
            } else if (t == TokenType.AT_LEAST) {
                advance();
                expect(TokenType.OPEN);
                Expr count = nested(this::expression);
                expect(TokenType.CLOSE);
                if (!isComparisonAfterQuantifier(peek())) {
                    throw unexpected();
                }
                quantifier = new Quantifier(Quantifier.Kind.AT_LEAST, count);
            } else {
                return left;
            }
            Token opToken = advance();
            BinaryOp op = comparisonOp(opToken.type());
            Expr right = switch (op) {
                case EQ, NE -> in();
                case IN, NOT_IN -> relational();
                default -> range();
            };
            left = new Expr.Quantified(quantifier, op, left, right);
        }
    }

    private static BinaryOp comparisonOp(TokenType t) {
        return switch (t) {
            case EQ -> BinaryOp.EQ;
            case NE -> BinaryOp.NE;
            case LT -> BinaryOp.LT;
            case GT -> BinaryOp.GT;
            case LE -> BinaryOp.LE;
            case GE -> BinaryOp.GE;
            case IN -> BinaryOp.IN;
            default -> BinaryOp.NOT_IN;
        };
    }

    private Expr equality() {
        Expr left = in();
        while (true) {
            BinaryOp op;
            if (match(TokenType.EQ)) {
                op = BinaryOp.EQ;
            } else if (match(TokenType.NE)) {
                op = BinaryOp.NE;
            } else if (match(TokenType.LIKE)) {
                op = BinaryOp.LIKE;
            } else if (match(TokenType.REGEX_MATCH)) {
                op = BinaryOp.REGEX;
            } else if (match(TokenType.REGEX_NON_MATCH)) {
                op = BinaryOp.NOT_REGEX;
            } else if (check(TokenType.NOT) && peekAt(1).type() == TokenType.LIKE) {
                advance();
                advance();
                op = BinaryOp.NOT_LIKE;
            } else if (check(TokenType.NOT) && peekAt(1).type() == TokenType.REGEX_MATCH) {
                advance();
                advance();
                op = BinaryOp.NOT_REGEX;
            } else {
                return left;
            }
            left = new Expr.Binary(op, left, in());
        }
    }

    private Expr in() {
        Expr left = relational();
        while (inIsOperator && (check(TokenType.IN) || check(TokenType.NOT_IN))) {
            BinaryOp op = advance().type() == TokenType.IN ? BinaryOp.IN : BinaryOp.NOT_IN;
            left = new Expr.Binary(op, left, relational());
        }
        return left;
    }

    private Expr relational() {
        Expr left = range();
        while (true) {
            BinaryOp op;
            switch (peek().type()) {
                case LT -> op = BinaryOp.LT;
                case GT -> op = BinaryOp.GT;
                case LE -> op = BinaryOp.LE;
                case GE -> op = BinaryOp.GE;
                default -> {
                    return left;
                }
            }
            advance();
            left = new Expr.Binary(op, left, range());
        }
    }

    private Expr range() {
        Expr left = additive();
        while (match(TokenType.RANGE)) {
            left = new Expr.Range(left, additive());
        }
        return left;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (check(TokenType.PLUS) || check(TokenType.MINUS)) {
            BinaryOp op = advance().type() == TokenType.PLUS ? BinaryOp.PLUS : BinaryOp.MINUS;
            left = new Expr.Binary(op, left, multiplicative());
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (true) {
            BinaryOp op;
            switch (peek().type()) {
                case TIMES -> op = BinaryOp.TIMES;
                case DIV -> op = BinaryOp.DIV;
                case MOD -> op = BinaryOp.MOD;
                default -> {
                    return left;
                }
            }
            advance();
            left = new Expr.Binary(op, left, unary());
        }
    }

    private Expr unary() {
        Expr.UnaryOp op;
        switch (peek().type()) {
            case NOT -> op = Expr.UnaryOp.NOT;
            case MINUS -> op = Expr.UnaryOp.MINUS;
            case PLUS -> op = Expr.UnaryOp.PLUS;
            default -> {
                return postfix(primary());
            }
        }
        advance();
        enter();
        try {
            Expr operand = unary();
            if (op == Expr.UnaryOp.MINUS && operand instanceof Expr.Literal lit && lit.value() instanceof Number n) {
                return new Expr.Literal(negate(n));
            }
            return new Expr.Unary(op, operand);
        } finally {
            leave();
        }
    }

    private static Number negate(Number n) {
        if (n instanceof Long l && l != Long.MIN_VALUE) {
            return -l;
        }
        return -n.doubleValue();
    }

    /** Attribute access, indexing and the array operators, applied left to right. */
    private Expr postfix(Expr base) {
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

    private Expr primary() {
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
        if (check(TokenType.OPEN)) {
            return call(t.text().toUpperCase(Locale.ROOT), t);
        }
        if (check(TokenType.SCOPE)) {
            StringBuilder name = new StringBuilder(t.text());
            while (match(TokenType.SCOPE)) {
                name.append("::").append(expect(TokenType.IDENTIFIER).text());
            }
            if (!check(TokenType.OPEN)) {
                throw unexpected();
            }
            return call(name.toString().toUpperCase(Locale.ROOT), t);
        }
        return new Expr.VarRef(t.text(), pos(t));
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
