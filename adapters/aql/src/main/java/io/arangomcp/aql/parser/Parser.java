package io.arangomcp.aql.parser;

import io.arangomcp.aql.ast.Binding;
import io.arangomcp.aql.ast.CollectionRef;
import io.arangomcp.aql.ast.Expr;
import io.arangomcp.aql.ast.Pos;
import io.arangomcp.aql.ast.Query;
import io.arangomcp.aql.ast.Statement;
import io.arangomcp.aql.lexer.Lexer;
import io.arangomcp.aql.lexer.Token;
import io.arangomcp.aql.lexer.TokenType;
import io.arangomcp.domain.error.DatabaseError;
import java.util.ArrayList;
import java.util.List;

/**
 * The AQL parser: a hand-written recursive-descent parser with one method per statement rule, producing
 * {@link Query} ASTs and reporting errors exactly in ArangoDB's 1501 shape. Graph clauses live in
 * {@link GraphClauses}; expressions in {@link ExpressionParser}.
 */
public final class Parser extends ExpressionParser {

    private Parser(String query, List<Token> tokens) {
        super(query, tokens);
    }

    /** Parses a whole query; syntax errors are {@link DatabaseError}s with errorNum 1501 (1502 when empty). */
    public static Query parse(String query) {
        if (query == null || query.isEmpty()) {
            throw new DatabaseError(400, 1502, "query is empty");
        }
        Parser parser = new Parser(query, Lexer.tokenize(query));
        Query q = parser.query(true);
        if (!parser.check(TokenType.END)) {
            throw parser.unexpected();
        }
        return q;
    }

    @Override
    Query subquery() {
        return query(false);
    }

    @Override
    boolean startsStatement(Token t) {
        return switch (t.type()) {
            case FOR, LET, FILTER, RETURN, COLLECT, SORT, LIMIT, WINDOW, INSERT, UPDATE, REPLACE, REMOVE, UPSERT -> true;
            default -> false;
        };
    }

    private Query query(boolean topLevel) {
        List<CollectionRef> with = new ArrayList<>();
        if (topLevel && match(TokenType.WITH)) {
            do {
                with.add(collectionName());
            } while (match(TokenType.COMMA));
        }
        List<Statement> statements = new ArrayList<>();
        while (true) {
            Token t = peek();
            if (!startsStatement(t)) {
                if (!statements.isEmpty() && isFinal(statements.get(statements.size() - 1))) {
                    break;
                }
                throw unexpected();
            }
            Statement s = statement();
            statements.add(s);
            if (s instanceof Statement.Return) {
                break;
            }
        }
        return new Query(with, statements);
    }

    private static boolean isFinal(Statement s) {
        return s instanceof Statement.Return || s instanceof Statement.Insert || s instanceof Statement.Update
                || s instanceof Statement.Remove || s instanceof Statement.Upsert;
    }

    private Statement statement() {
        Token t = advance();
        Pos pos = pos(t);
        return switch (t.type()) {
            case FOR -> forStatement(pos);
            case LET -> letStatement(pos);
            case FILTER -> new Statement.Filter(expression(), pos);
            case RETURN -> returnStatement(pos);
            case COLLECT -> new CollectClause(this).collect(pos);
            case SORT -> sortStatement(pos);
            case LIMIT -> limitStatement(pos);
            case WINDOW -> new CollectClause(this).window(pos);
            case INSERT -> insertStatement(pos);
            case UPDATE -> updateStatement(false, pos);
            case REPLACE -> updateStatement(true, pos);
            case REMOVE -> removeStatement(pos);
            case UPSERT -> upsertStatement(pos);
            default -> throw new IllegalStateException("not a statement: " + t.type());
        };
    }

    private Statement forStatement(Pos pos) {
        Token forKeyword = previous();
        Token first = peek();
        Binding target = binding();
        List<String> variables = new ArrayList<>();
        if (target instanceof Binding.Variable v) {
            variables.add(v.name());
            while (match(TokenType.COMMA)) {
                variables.add(expect(TokenType.IDENTIFIER).text());
            }
        }
        expect(TokenType.IN);
        Token clauseStart = peek();
        if (GraphClauses.isDirection(clauseStart)) {
            return new GraphClauses(this).graphFor(forKeyword, first, clauseStart, variables, null, pos);
        }
        Expr source = expression();
        if (GraphClauses.isDirection(peek())) {
            return new GraphClauses(this).graphFor(forKeyword, first, clauseStart, variables, source, pos);
        }
        if (variables.size() > 1) {
            throw errorAfter(previous(), 1501, "Collections and Views only have return variable");
        }
        Expr[] searchAndOptions = new Qualifiers(this).forOptions();
        Expr search = searchAndOptions[0];
        if (search != null && !(source instanceof Expr.VarRef)
                && !(source instanceof Expr.BindParam b && b.dataSource())) {
            // only a name (or @@param) can be a view; anything else cannot take a SEARCH
            throw errorAt(peek(), "SEARCH condition used on non-view");
        }
        return new Statement.For(target, source, search, searchAndOptions[1], pos);
    }

    /** {@code OPTIONS {…}} if present. */
    Expr optionsClause() {
        return new Qualifiers(this).options();
    }

    private Statement letStatement(Pos pos) {
        Binding target = binding();
        expect(TokenType.ASSIGN);
        return new Statement.Let(target, expression(), pos);
    }

    /** A variable or a destructuring pattern. */
    private Binding binding() {
        Token t = peek();
        if (t.type() == TokenType.IDENTIFIER) {
            advance();
            return new Binding.Variable(t.text(), pos(t));
        }
        if (t.type() == TokenType.ARRAY_OPEN) {
            enter();
            try {
                advance();
                List<Binding> elements = new ArrayList<>();
                while (!check(TokenType.ARRAY_CLOSE)) {
                    if (check(TokenType.COMMA)) {
                        advance();
                        elements.add(null);
                        continue;
                    }
                    elements.add(binding());
                    if (!match(TokenType.COMMA)) {
                        break;
                    }
                }
                expect(TokenType.ARRAY_CLOSE);
                return new Binding.ArrayPattern(elements);
            } finally {
                leave();
            }
        }
        if (t.type() == TokenType.OBJECT_OPEN) {
            enter();
            try {
                advance();
                List<Binding.ObjectPattern.Entry> entries = new ArrayList<>();
                while (!check(TokenType.OBJECT_CLOSE)) {
                    Token name = peek();
                    if (name.type() != TokenType.IDENTIFIER && name.type() != TokenType.QUOTED_STRING) {
                        throw unexpected();
                    }
                    advance();
                    Binding target = match(TokenType.COLON) ? binding() : new Binding.Variable(name.text(), pos(name));
                    entries.add(new Binding.ObjectPattern.Entry(name.text(), target));
                    if (!match(TokenType.COMMA)) {
                        break;
                    }
                }
                expect(TokenType.OBJECT_CLOSE);
                return new Binding.ObjectPattern(entries);
            } finally {
                leave();
            }
        }
        throw unexpected();
    }

    private Statement returnStatement(Pos pos) {
        Token keyword = peek();
        boolean distinct = match(TokenType.DISTINCT);
        // with DISTINCT the statement is located at that word: a misplaced DISTINCT is reported there
        return new Statement.Return(distinct, expression(), distinct ? pos(keyword) : pos);
    }

    private Statement sortStatement(Pos pos) {
        List<Statement.SortItem> items = new ArrayList<>();
        do {
            Expr e = expression();
            if (match(TokenType.ASC)) {
                items.add(new Statement.SortItem(e, true, null));
            } else if (match(TokenType.DESC)) {
                items.add(new Statement.SortItem(e, false, null));
            } else if (check(TokenType.PARAMETER) || check(TokenType.QUOTED_STRING) || check(TokenType.TRUE)
                    || check(TokenType.FALSE)) {
                Token d = advance();
                Expr direction = switch (d.type()) {
                    case PARAMETER -> new Expr.BindParam(d.text(), false, pos(d));
                    case QUOTED_STRING -> new Expr.Literal(d.text());
                    default -> new Expr.Literal(d.type() == TokenType.TRUE);
                };
                items.add(new Statement.SortItem(e, true, direction));
            } else {
                items.add(new Statement.SortItem(e, true, null));
            }
        } while (match(TokenType.COMMA));
        return new Statement.Sort(items, pos);
    }

    private Statement limitStatement(Pos pos) {
        Expr first = expression();
        if (match(TokenType.COMMA)) {
            return new Statement.Limit(first, expression(), pos);
        }
        return new Statement.Limit(null, first, pos);
    }

    /** A collection after IN/INTO/WITH: a name, a quoted name or a bind parameter. */
    CollectionRef collectionName() {
        Token t = peek();
        return switch (t.type()) {
            case IDENTIFIER, QUOTED_STRING -> {
                advance();
                yield new CollectionRef(t.text(), null, pos(t));
            }
            case DATA_SOURCE_PARAMETER -> {
                advance();
                yield new CollectionRef(null, "@" + t.text(), pos(t));
            }
            case PARAMETER -> {
                advance();
                yield new CollectionRef(null, t.text(), pos(t));
            }
            default -> throw unexpected();
        };
    }

    private CollectionRef inOrInto() {
        if (!match(TokenType.IN) && !match(TokenType.INTO)) {
            throw unexpected();
        }
        return collectionName();
    }

    private Statement insertStatement(Pos pos) {
        Expr doc = expressionBeforeIn();
        CollectionRef coll = inOrInto();
        return new Statement.Insert(doc, coll, optionsClause(), pos);
    }

    private Statement updateStatement(boolean replace, Pos pos) {
        Expr first = expressionBeforeIn();
        Expr key = null;
        Expr doc = first;
        if (match(TokenType.WITH)) {
            key = first;
            doc = expressionBeforeIn();
        }
        CollectionRef coll = inOrInto();
        return new Statement.Update(replace, key, doc, coll, optionsClause(), pos);
    }

    private Statement removeStatement(Pos pos) {
        Expr key = expressionBeforeIn();
        CollectionRef coll = inOrInto();
        return new Statement.Remove(key, coll, optionsClause(), pos);
    }

    private Statement upsertStatement(Pos pos) {
        Expr search = null;
        Expr filter = null;
        if (match(TokenType.FILTER)) {
            filter = expression();
        } else {
            search = expression();
        }
        expect(TokenType.INSERT);
        Expr insert = expression();
        boolean replace;
        if (match(TokenType.UPDATE)) {
            replace = false;
        } else if (match(TokenType.REPLACE)) {
            replace = true;
        } else {
            throw unexpected();
        }
        Expr update = expressionBeforeIn();
        CollectionRef coll = inOrInto();
        return new Statement.Upsert(search, filter, insert, update, replace, coll, optionsClause(), pos);
    }
}
