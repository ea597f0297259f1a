package io.arangomcp.aql.analyzer;

import io.arangomcp.aql.ast.Binding;
import io.arangomcp.aql.ast.CollectionRef;
import io.arangomcp.aql.ast.Expr;
import io.arangomcp.aql.ast.Query;
import io.arangomcp.aql.ast.Statement;
import io.arangomcp.domain.error.DatabaseError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads facts off a parsed query without planning it: the bind parameters it declares and the collections it
 * names (for {@code parse} and for checking bind values before anything else, as ArangoDB does).
 */
public final class QueryInspector implements Expr.Visitor<Void>, Statement.Visitor<Void> {
    private final Set<String> bindParameters = new LinkedHashSet<>();
    private final Set<String> collections = new LinkedHashSet<>();
    private final Set<String> variables = new LinkedHashSet<>();

    private QueryInspector() {
    }

    /** Walks a query. */
    public static QueryInspector of(Query query) {
        QueryInspector i = new QueryInspector();
        i.query(query);
        return i;
    }

    /** Declared bind parameters, data-source parameters with their leading {@code @}. */
    public List<String> bindParameters() {
        return new ArrayList<>(bindParameters);
    }

    /** Collection names written literally in FOR, WITH, graph and modification clauses. */
    public List<String> collections() {
        return new ArrayList<>(collections);
    }

    /** 1551 for a declared parameter without value, then 1552 for a value nobody declared. */
    static void checkBindParameters(Query query, Map<String, Object> bindVars) {
        QueryInspector i = of(query);
        for (String p : i.bindParameters) {
            if (!bindVars.containsKey(p)) {
                throw new DatabaseError(400, 1551, "no value specified for declared bind parameter '" + p + "'");
            }
        }
        for (String given : bindVars.keySet()) {
            if (!i.bindParameters.contains(given)) {
                throw new DatabaseError(400, 1552, "bind parameter '" + given + "' was not declared in the query");
            }
        }
    }

    private void query(Query q) {
        for (CollectionRef c : q.with()) {
            collection(c);
        }
        for (Statement s : q.statements()) {
            s.accept(this);
        }
    }

    private void collection(CollectionRef c) {
        if (c.name() != null) {
            collections.add(c.name());
        } else {
            bindParameters.add(c.parameter());
        }
    }

    private void expr(Expr e) {
        if (e != null) {
            e.accept(this);
        }
    }

    private void declare(Binding b) {
        if (b instanceof Binding.Variable v) {
            variables.add(v.name());
        } else if (b instanceof Binding.ArrayPattern p) {
            p.elements().forEach(x -> {
                if (x != null) {
                    declare(x);
                }
            });
        } else if (b instanceof Binding.ObjectPattern p) {
            p.entries().forEach(x -> declare(x.target()));
        }
    }

    private void graph(Statement.GraphSpec g) {
        expr(g.graphName());
        for (Statement.GraphSpec.EdgeCollection e : g.edgeCollections()) {
            collection(e.collection());
        }
    }

    @Override
    public Void visitFor(Statement.For s) {
        if (s.source() instanceof Expr.VarRef ref && !variables.contains(ref.name())) {
            collections.add(ref.name());
        } else {
            expr(s.source());
        }
        declare(s.target());
        expr(s.search());
        expr(s.options());
        return null;
    }

    @Override
    public Void visitTraversal(Statement.Traversal s) {
        expr(s.depth());
        expr(s.start());
        graph(s.graph());
        variables.addAll(s.variables());
        expr(s.prune());
        expr(s.options());
        return null;
    }

    @Override
    public Void visitPathSearch(Statement.PathSearch s) {
        expr(s.depth());
        expr(s.source());
        expr(s.target());
        graph(s.graph());
        variables.addAll(s.variables());
        expr(s.options());
        return null;
    }

    @Override
    public Void visitLet(Statement.Let s) {
        expr(s.value());
        declare(s.target());
        return null;
    }

    @Override
    public Void visitFilter(Statement.Filter s) {
        expr(s.condition());
        return null;
    }

    @Override
    public Void visitSort(Statement.Sort s) {
        s.items().forEach(i -> {
            expr(i.expr());
            expr(i.direction());
        });
        return null;
    }

    @Override
    public Void visitLimit(Statement.Limit s) {
        expr(s.offset());
        expr(s.count());
        return null;
    }

    @Override
    public Void visitCollect(Statement.Collect s) {
        s.groups().forEach(a -> expr(a.value()));
        s.aggregates().forEach(a -> expr(a.value()));
        expr(s.intoExpr());
        expr(s.options());
        return null;
    }

    @Override
    public Void visitWindow(Statement.Window s) {
        expr(s.rangeValue());
        expr(s.spec());
        s.aggregates().forEach(a -> expr(a.value()));
        return null;
    }

    @Override
    public Void visitReturn(Statement.Return s) {
        expr(s.value());
        return null;
    }

    @Override
    public Void visitInsert(Statement.Insert s) {
        expr(s.document());
        collection(s.collection());
        expr(s.options());
        return null;
    }

    @Override
    public Void visitUpdate(Statement.Update s) {
        expr(s.key());
        expr(s.document());
        collection(s.collection());
        expr(s.options());
        return null;
    }

    @Override
    public Void visitRemove(Statement.Remove s) {
        expr(s.key());
        collection(s.collection());
        expr(s.options());
        return null;
    }

    @Override
    public Void visitUpsert(Statement.Upsert s) {
        expr(s.search());
        expr(s.filter());
        expr(s.insert());
        expr(s.update());
        collection(s.collection());
        expr(s.options());
        return null;
    }

    @Override
    public Void visitLiteral(Expr.Literal e) {
        return null;
    }

    @Override
    public Void visitArray(Expr.ArrayLiteral e) {
        e.elements().forEach(this::expr);
        return null;
    }

    @Override
    public Void visitObject(Expr.ObjectLiteral e) {
        e.entries().forEach(x -> {
            expr(x.computedKey());
            expr(x.value());
        });
        return null;
    }

    @Override
    public Void visitVarRef(Expr.VarRef e) {
        return null;
    }

    @Override
    public Void visitBindParam(Expr.BindParam e) {
        bindParameters.add(e.dataSource() ? "@" + e.name() : e.name());
        return null;
    }

    @Override
    public Void visitAttribute(Expr.AttributeAccess e) {
        expr(e.object());
        return null;
    }

    @Override
    public Void visitIndex(Expr.IndexAccess e) {
        expr(e.object());
        expr(e.index());
        return null;
    }

    @Override
    public Void visitUnary(Expr.Unary e) {
        expr(e.operand());
        return null;
    }

    @Override
    public Void visitBinary(Expr.Binary e) {
        expr(e.left());
        expr(e.right());
        return null;
    }

    @Override
    public Void visitLogical(Expr.Logical e) {
        expr(e.left());
        expr(e.right());
        return null;
    }

    @Override
    public Void visitTernary(Expr.Ternary e) {
        expr(e.condition());
        expr(e.then());
        expr(e.otherwise());
        return null;
    }

    @Override
    public Void visitRange(Expr.Range e) {
        expr(e.from());
        expr(e.to());
        return null;
    }

    @Override
    public Void visitCall(Expr.FunctionCall e) {
        e.args().forEach(this::expr);
        return null;
    }

    @Override
    public Void visitSubquery(Expr.Subquery e) {
        query(e.query());
        return null;
    }

    @Override
    public Void visitExpansion(Expr.Expansion e) {
        expr(e.source());
        expr(e.filter());
        expr(e.limitOffset());
        expr(e.limitCount());
        expr(e.projection());
        return null;
    }

    @Override
    public Void visitQuestionMark(Expr.QuestionMark e) {
        expr(e.source());
        expr(e.quantifier().count());
        expr(e.filter());
        return null;
    }

    @Override
    public Void visitQuantified(Expr.Quantified e) {
        expr(e.left());
        expr(e.right());
        expr(e.quantifier().count());
        return null;
    }
}
