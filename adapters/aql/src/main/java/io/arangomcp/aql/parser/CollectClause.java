package io.arangomcp.aql.parser;

import io.arangomcp.aql.ast.Expr;
import io.arangomcp.aql.ast.Pos;
import io.arangomcp.aql.ast.Statement;
import io.arangomcp.aql.functions.AggregateNames;
import io.arangomcp.aql.lexer.Token;
import io.arangomcp.aql.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/** Parses COLLECT in all its forms and WINDOW (row- and range-based). */
final class CollectClause {
    private final Parser p;

    CollectClause(Parser parser) {
        this.p = parser;
    }

    Statement collect(Pos pos) {
        List<Statement.Assignment> groups = new ArrayList<>();
        List<Statement.Assignment> aggregates = new ArrayList<>();
        String into = null;
        Expr intoExpr = null;
        List<String> keep = null;
        String countInto = null;
        if (p.check(TokenType.WITH)) {
            countInto = withCountInto();
        } else {
            if (!p.check(TokenType.AGGREGATE)) {
                groups = assignments();
            }
            if (p.match(TokenType.AGGREGATE)) {
                aggregates = assignments();
            }
            if (p.match(TokenType.INTO)) {
                into = p.expect(TokenType.IDENTIFIER).text();
                if (p.match(TokenType.ASSIGN)) {
                    intoExpr = p.expression();
                }
            }
            if (aggregates.isEmpty() && p.check(TokenType.IDENTIFIER)
                    && p.peekAt(1).type() != TokenType.OBJECT_OPEN) {
                keep = keep();
            }
            if (p.check(TokenType.WITH)) {
                if (!aggregates.isEmpty() || into != null || keep != null) {
                    throw p.unexpected();
                }
                countInto = withCountInto();
            }
        }
        Expr options = p.optionsClause();
        // checked once the statement is read, where the server's grammar checks them
        Token end = options != null ? p.previous() : p.peek();
        if (keep != null && into == null) {
            throw p.errorAt(end, "use of 'KEEP' without 'INTO'");
        }
        checkAggregateNames(aggregates, end);
        return new Statement.Collect(groups, aggregates, into, intoExpr, keep, countInto, options, pos);
    }

    /** {@code KEEP a, b}: any word may stand for KEEP and is checked once the next token is seen. */
    private List<String> keep() {
        Token word = p.advance();
        if (!word.isWord("KEEP")) {
            throw p.errorAt(p.peek(), "unexpected qualifier '" + word.text() + "', expecting 'KEEP'");
        }
        List<String> keep = new ArrayList<>();
        do {
            keep.add(p.expect(TokenType.IDENTIFIER).text());
        } while (p.match(TokenType.COMMA));
        return keep;
    }

    /** {@code WITH COUNT INTO var}: the word COUNT is checked once the variable is read. */
    private String withCountInto() {
        p.expect(TokenType.WITH);
        Token word = p.expect(TokenType.IDENTIFIER);
        p.expect(TokenType.INTO);
        Token variable = p.expect(TokenType.IDENTIFIER);
        if (!word.isWord("COUNT")) {
            throw p.errorAt(variable, "unexpected qualifier '" + word.text() + "', expecting 'COUNT'");
        }
        return variable.text();
    }

    private List<Statement.Assignment> assignments() {
        List<Statement.Assignment> out = new ArrayList<>();
        do {
            Token name = p.expect(TokenType.IDENTIFIER);
            p.expect(TokenType.ASSIGN);
            out.add(new Statement.Assignment(name.text(), p.expression(), p.pos(name)));
        } while (p.match(TokenType.COMMA));
        return out;
    }

    private void checkAggregateNames(List<Statement.Assignment> aggregates, Token at) {
        for (Statement.Assignment a : aggregates) {
            // any expression parses here; the server checks afterwards that each is a call of an aggregate
            if (!(a.value() instanceof Expr.FunctionCall call)) {
                throw p.errorAt(at, 1574, "aggregate expression must be a function call");
            }
            if (!AggregateNames.isAggregate(call.name())) {
                throw p.errorAt(at, 1574, "unknown aggregate function used");
            }
        }
    }

    Statement window(Pos pos) {
        Expr first = p.expression();
        Expr rangeValue = null;
        Expr spec = first;
        if (p.match(TokenType.WITH)) {
            rangeValue = first;
            spec = p.expression();
        }
        p.expect(TokenType.AGGREGATE);
        List<Statement.Assignment> aggregates = assignments();
        checkAggregateNames(aggregates, p.peek());
        return new Statement.Window(rangeValue, spec, aggregates, pos);
    }
}
