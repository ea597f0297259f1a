package io.arangomcp.aql.parser;

import io.arangomcp.aql.ast.Direction;
import io.arangomcp.aql.ast.Expr;
import io.arangomcp.aql.ast.Pos;
import io.arangomcp.aql.ast.Statement;
import io.arangomcp.aql.lexer.Token;
import io.arangomcp.aql.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the graph forms of FOR: traversals ({@code IN min..max DIR start GRAPH g PRUNE … OPTIONS …}) and
 * the path searches (SHORTEST_PATH, K_SHORTEST_PATHS, K_PATHS, ALL_SHORTEST_PATHS).
 */
final class GraphClauses {
    private final Parser p;

    GraphClauses(Parser parser) {
        this.p = parser;
    }

    static boolean isDirection(Token t) {
        return t.type() == TokenType.OUTBOUND || t.type() == TokenType.INBOUND || t.type() == TokenType.ANY;
    }

    private static Direction direction(Token t) {
        return switch (t.type()) {
            case OUTBOUND -> Direction.OUTBOUND;
            case INBOUND -> Direction.INBOUND;
            default -> Direction.ANY;
        };
    }

    /**
     * Everything after {@code FOR vars IN [depth]}, starting at the direction keyword; {@code clauseStart} is the
     * token after IN (the depth's first token, or the direction).
     */
    Statement graphFor(Token forKeyword, Token first, Token clauseStart, List<String> variables, Expr depth,
                       Pos pos) {
        if (variables.isEmpty()) {
            throw p.errorAt(first, "syntax error, unexpected destructuring in graph FOR loop");
        }
        Direction dir = direction(p.advance());
        Statement.PathKind kind = switch (p.peek().type()) {
            case SHORTEST_PATH -> Statement.PathKind.SHORTEST_PATH;
            case K_SHORTEST_PATHS -> Statement.PathKind.K_SHORTEST_PATHS;
            case K_PATHS -> Statement.PathKind.K_PATHS;
            case ALL_SHORTEST_PATHS -> Statement.PathKind.ALL_SHORTEST_PATHS;
            default -> null;
        };
        if (kind == null) {
            return traversal(variables, depth, dir, pos);
        }
        if (depth != null && (kind == Statement.PathKind.SHORTEST_PATH
                || kind == Statement.PathKind.ALL_SHORTEST_PATHS)) {
            throw p.unexpected();
        }
        p.advance();
        Expr source = p.expression();
        Token separator = p.expect(TokenType.IDENTIFIER);
        Expr target = p.expression();
        Statement.GraphSpec graph = graphSpec();
        Expr options = p.optionsClause();
        // the server checks these once the whole clause is read: the separator word at the clause's start, the
        // number of variables at the FOR keyword
        if (!separator.isWord("TO")) {
            throw p.errorAt(clauseStart, "unexpected qualifier '" + separator.text() + "', expecting 'TO'");
        }
        int max = kind == Statement.PathKind.SHORTEST_PATH ? 2 : 1;
        if (variables.size() > max) {
            throw p.errorAt(forKeyword, kind.name() + (max == 2 ? " only has one or two return variables"
                    : " only has one return variable"));
        }
        return new Statement.PathSearch(kind, variables, depth, dir, source, target, graph, options, pos);
    }

    private Statement traversal(List<String> variables, Expr depth, Direction dir, Pos pos) {
        Expr start = p.expression();
        Statement.GraphSpec graph = graphSpec();
        if (variables.size() > 3) {
            throw p.errorAfter(p.previous(), 1501, "Traversals only have one, two or three return variables");
        }
        Object[] pruneAndOptions = new Qualifiers(p).pruneAndOptions();
        return new Statement.Traversal(variables, depth, dir, start, graph, (String) pruneAndOptions[0],
                (Expr) pruneAndOptions[1], (Expr) pruneAndOptions[2], pos);
    }

    private Statement.GraphSpec graphSpec() {
        if (p.match(TokenType.GRAPH)) {
            Token t = p.peek();
            Expr name = switch (t.type()) {
                case QUOTED_STRING, IDENTIFIER -> {
                    p.advance();
                    yield new Expr.Literal(t.text());
                }
                case PARAMETER -> {
                    p.advance();
                    yield new Expr.BindParam(t.text(), false, p.pos(t));
                }
                default -> throw p.unexpected();
            };
            return new Statement.GraphSpec(name, null);
        }
        List<Statement.GraphSpec.EdgeCollection> edges = new ArrayList<>();
        do {
            Direction own = null;
            if (isDirection(p.peek())) {
                own = direction(p.advance());
            }
            edges.add(new Statement.GraphSpec.EdgeCollection(p.collectionName(), own));
        } while (p.match(TokenType.COMMA));
        return new Statement.GraphSpec(null, edges);
    }
}
