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

    /** Everything after {@code FOR vars IN [depth]}, starting at the direction keyword. */
    Statement graphFor(Token first, List<String> variables, Expr depth, Pos pos) {
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
            return traversal(first, variables, depth, dir, pos);
        }
        p.advance();
        checkVariableCount(first, variables, kind == Statement.PathKind.SHORTEST_PATH ? 2 : 1);
        Expr source = p.expression();
        if (!p.checkWord("TO")) {
            throw p.unexpected();
        }
        p.advance();
        Expr target = p.expression();
        Statement.GraphSpec graph = graphSpec();
        Expr options = p.optionsClause();
        return new Statement.PathSearch(kind, variables, depth, dir, source, target, graph, options, pos);
    }

    private void checkVariableCount(Token first, List<String> variables, int max) {
        if (variables.size() > max) {
            throw p.errorAt(first, "syntax error, unexpected ',' (too many output variables)");
        }
    }

    private Statement traversal(Token first, List<String> variables, Expr depth, Direction dir, Pos pos) {
        checkVariableCount(first, variables, 3);
        Expr start = p.expression();
        Statement.GraphSpec graph = graphSpec();
        String pruneVariable = null;
        Expr prune = null;
        Expr options = null;
        for (int i = 0; i < 2; i++) {
            if (prune == null && p.checkWord("PRUNE")) {
                p.advance();
                if (p.check(TokenType.IDENTIFIER) && p.peekAt(1).type() == TokenType.ASSIGN) {
                    pruneVariable = p.advance().text();
                    p.advance();
                }
                prune = p.expression();
            } else if (options == null && p.checkWord("OPTIONS")) {
                options = p.optionsClause();
            }
        }
        return new Statement.Traversal(variables, depth, dir, start, graph, pruneVariable, prune, options, pos);
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
