package io.arangomcp.aql.parser;

import io.arangomcp.aql.ast.Expr;
import io.arangomcp.aql.ast.Pos;
import io.arangomcp.aql.ast.Statement;
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
                } else if (p.checkWord("KEEP")) {
                    p.advance();
                    keep = new ArrayList<>();
                    do {
                        keep.add(p.expect(TokenType.IDENTIFIER).text());
                    } while (p.match(TokenType.COMMA));
                }
            }
            if (p.check(TokenType.WITH)) {
                if (!aggregates.isEmpty() || into != null) {
                    throw p.unexpected();
                }
                countInto = withCountInto();
            }
        }
        Expr options = p.optionsClause();
        return new Statement.Collect(groups, aggregates, into, intoExpr, keep, countInto, options, pos);
    }

    private String withCountInto() {
        p.expect(TokenType.WITH);
        if (!p.checkWord("COUNT")) {
            throw p.unexpected();
        }
        p.advance();
        p.expect(TokenType.INTO);
        return p.expect(TokenType.IDENTIFIER).text();
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

    Statement window(Pos pos) {
        Expr first = p.expression();
        Expr rangeValue = null;
        Expr spec = first;
        if (p.match(TokenType.WITH)) {
            rangeValue = first;
            spec = p.expression();
        }
        p.expect(TokenType.AGGREGATE);
        return new Statement.Window(rangeValue, spec, assignments(), pos);
    }
}
