package io.arangomcp.aql.parser;

import io.arangomcp.aql.ast.Expr;
import io.arangomcp.aql.ast.Expr.BinaryOp;
import io.arangomcp.aql.ast.Expr.Quantifier;
import io.arangomcp.aql.lexer.Token;
import io.arangomcp.aql.lexer.TokenType;
import java.util.List;

/**
 * Parses AQL operators, one method per precedence level (lowest first): ternary, OR, AND, quantified
 * comparison, equality/LIKE/regex, IN, relational, range, additive, multiplicative, unary. Operands come from
 * {@link PrimaryParser}.
 */
abstract class ExpressionParser extends PrimaryParser {

    ExpressionParser(String query, List<Token> tokens) {
        super(query, tokens);
    }

    @Override
    Expr expression() {
        return ternary();
    }

    /** An expression in which a top-level IN is not an operator (modification documents). */
    Expr expressionBeforeIn() {
        boolean saved = inIsOperator();
        inIsOperator(false);
        try {
            return expression();
        } finally {
            inIsOperator(saved);
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
        while (check(TokenType.NOT_IN) || (check(TokenType.IN) && inIsOperatorHere())) {
            BinaryOp op = advance().type() == TokenType.IN ? BinaryOp.IN : BinaryOp.NOT_IN;
            left = new Expr.Binary(op, left, relational());
        }
        return left;
    }

    /**
     * Whether the IN ahead is the membership operator. In a modification's document ({@code INSERT doc IN coll})
     * it ends the document when a collection name follows and nothing after the name could continue an
     * expression; otherwise it is the operator, as the server's LALR parser decides only after seeing the token
     * behind the name ({@code INSERT {…} IN nodes-js} reads as {@code {…} IN (nodes - js)} and then misses its
     * collection).
     */
    private boolean inIsOperatorHere() {
        if (inIsOperator()) {
            return true;
        }
        TokenType name = peekAt(1).type();
        boolean collectionName = name == TokenType.IDENTIFIER || name == TokenType.QUOTED_STRING
                || name == TokenType.PARAMETER || name == TokenType.DATA_SOURCE_PARAMETER;
        return !collectionName || continuesOperand(peekAt(2).type());
    }

    private static boolean continuesOperand(TokenType t) {
        return switch (t) {
            case PLUS, MINUS, TIMES, DIV, MOD, EQ, NE, LT, GT, LE, GE, IN, NOT_IN, NOT, LIKE, REGEX_MATCH,
                    REGEX_NON_MATCH, AND, OR, QUESTION, RANGE, DOT, ARRAY_OPEN, OPEN, SCOPE, ALL, ANY, NONE,
                    AT_LEAST -> true;
            default -> false;
        };
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
}
