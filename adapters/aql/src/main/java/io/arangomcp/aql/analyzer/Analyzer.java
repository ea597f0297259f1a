package io.arangomcp.aql.analyzer;

import io.arangomcp.aql.ast.Binding;
import io.arangomcp.aql.ast.CollectionRef;
import io.arangomcp.aql.ast.Expr;
import io.arangomcp.aql.ast.Pos;
import io.arangomcp.aql.ast.Query;
import io.arangomcp.aql.ast.Statement;
import io.arangomcp.aql.catalog.Catalog;
import io.arangomcp.aql.functions.FunctionRegistry;
import io.arangomcp.aql.parser.SyntaxErrors;
import io.arangomcp.aql.plan.CompiledExpr;
import io.arangomcp.aql.plan.PlanNode;
import io.arangomcp.aql.plan.QueryPlan;
import io.arangomcp.aql.plan.SubqueryRunner;
import io.arangomcp.aql.plan.Variable;
import io.arangomcp.aql.value.Values;
import io.arangomcp.domain.error.DatabaseError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The static pass: walks the statements in order, resolves scopes, collections and bind parameters, enforces
 * ArangoDB's compile-time rules, and builds the execution plan (nodes numbered as ArangoDB numbers them).
 * COLLECT/WINDOW, graph operations and modifications are planned by helpers.
 */
public final class Analyzer implements Statement.Visitor<Void> {
    final PlanState state;
    final ExpressionCompiler compiler;
    private final SubqueryRunner runner;
    private final String queryText;
    private final CollectPlanner collects;
    private final GraphPlanner graphs;
    private final ModificationPlanner modifications;
    List<PlanNode> nodes = new ArrayList<>();

    private Analyzer(String queryText, Catalog catalog, Map<String, Object> bindVars, FunctionRegistry functions,
                     SubqueryRunner runner) {
        this.queryText = queryText;
        this.state = new PlanState(catalog, bindVars, functions);
        this.compiler = new ExpressionCompiler(state, this);
        this.runner = runner;
        this.collects = new CollectPlanner(this);
        this.graphs = new GraphPlanner(this);
        this.modifications = new ModificationPlanner(this);
    }

    /**
     * Plans a parsed query. Bind parameters are checked first (1551 missing, 1552 undeclared, 1553 bad data
     * source), then names, collections and functions as the statements are planned.
     */
    public static QueryPlan analyze(String queryText, Query query, Map<String, Object> bindVars, Catalog catalog,
                                    FunctionRegistry functions, SubqueryRunner runner, boolean fullCount) {
        Objects.requireNonNull(catalog, "catalog is null");
        Map<String, Object> binds = bindVars == null ? Map.of() : bindVars;
        QueryInspector.checkBindParameters(query, binds);
        Analyzer a = new Analyzer(queryText, catalog, binds, functions, runner);
        a.state.scopes.push(Scopes.Kind.MAIN);
        for (CollectionRef c : query.with()) {
            String name = a.collectionName(c);
            a.state.collection(name);
        }
        a.nodes.add(new PlanNode.Singleton(a.state.nodeId()));
        for (Statement s : query.statements()) {
            s.accept(a);
        }
        List<PlanNode> top = a.nodes;
        if (fullCount) {
            markFullCount(top);
        }
        return new QueryPlan(top, a.state.variables, a.state.readCollections, a.state.writeCollections,
                a.state.hasWrites());
    }

    /** fullCount counts the rows reaching the last top-level LIMIT, so a SORT before it must keep them all. */
    private static void markFullCount(List<PlanNode> top) {
        for (int i = top.size() - 1; i >= 0; i--) {
            if (top.get(i) instanceof PlanNode.Limit l) {
                top.set(i, new PlanNode.Limit(l.id(), l.offset(), l.count(), true));
                if (i > 0 && top.get(i - 1) instanceof PlanNode.Sort s) {
                    top.set(i - 1, new PlanNode.Sort(s.id(), s.keys(), -1));
                }
                return;
            }
        }
    }

    SubqueryRunner runner() {
        return runner;
    }

    /** Plans a subquery in its own scope; its first node is its singleton. */
    List<PlanNode> planSubquery(Query q) {
        List<PlanNode> saved = nodes;
        nodes = new ArrayList<>();
        state.scopes.push(Scopes.Kind.SUBQUERY);
        try {
            nodes.add(new PlanNode.Singleton(state.nodeId()));
            for (Statement s : q.statements()) {
                s.accept(this);
            }
            return nodes;
        } finally {
            state.scopes.endSubquery();
            nodes = saved;
        }
    }

    void add(PlanNode node) {
        nodes.add(node);
    }

    /**
     * The variable holding an expression's value: the variable itself for a plain reference, else a new
     * temporary computed by a CalculationNode (or a SubqueryNode for a subquery).
     */
    Variable valueOf(Expr e) {
        if (e instanceof Expr.VarRef ref && !ref.name().equals("CURRENT")) {
            Variable v = state.scopes.lookup(ref.name());
            if (v != null) {
                return v;
            }
        }
        if (e instanceof Expr.Subquery sq) {
            List<PlanNode> body = planSubquery(sq.query());
            Variable out = state.variable(null);
            add(new PlanNode.Subquery(state.nodeId(), body, out));
            return out;
        }
        return calculate(compiler.compile(e));
    }

    /** A new temporary computed from a compiled expression by a CalculationNode. */
    private Variable calculate(CompiledExpr c) {
        Variable out = state.variable(null);
        add(new PlanNode.Calculation(state.nodeId(), out, c));
        return out;
    }

    /** Whether a variable was computed in this (sub)query from a constant expression. */
    private boolean isConstant(Variable v) {
        PlanNode.Calculation c = calculationOf(v);
        return c != null && c.expr().constant();
    }

    private Object constantValue(Variable v) {
        return calculationOf(v).expr().value();
    }

    private PlanNode.Calculation calculationOf(Variable v) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i) instanceof PlanNode.Calculation c && c.out().equals(v)) {
                return c;
            }
        }
        return null;
    }

    /** A compile-time constant (LIMIT values, OPTIONS): folded, or the given error. */
    Object constant(Expr e, DatabaseError notConstant) {
        CompiledExpr c = compiler.compile(e);
        if (!c.constant()) {
            throw notConstant;
        }
        return c.value();
    }

    /** The object of an OPTIONS clause (1575 when it is not a compile-time constant object). */
    Map<String, Object> options(Expr e) {
        if (e == null) {
            return Map.of();
        }
        DatabaseError error = new DatabaseError(400, 1575, "query options must be readable at query compile time");
        Object v = constant(e, error);
        if (!(v instanceof Map<?, ?> m)) {
            throw error;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) m;
        return map;
    }

    /** The name a collection reference stands for (bind parameters resolved). */
    String collectionName(CollectionRef ref) {
        if (ref.name() != null) {
            return ref.name();
        }
        return state.collectionParameter(ref.parameter());
    }

    DatabaseError parseError(Pos pos, String message) {
        return SyntaxErrors.at(queryText, pos.offset(), message);
    }

    /** Declares the variables of a binding; a pattern binds through temporaries computed from {@code source}. */
    void bind(Binding target, Variable source) {
        Destructuring.bind(this, target, source);
    }

    @Override
    public Void visitFor(Statement.For s) {
        String collection = collectionSource(s.source());
        Map<String, Object> options = options(s.options());
        if (collection != null) {
            state.collection(collection);
            state.read(collection);
            if (s.search() != null) {
                throw new DatabaseError(501, 9, "not implemented: SEARCH needs an ArangoSearch View, which this "
                        + "backend does not support");
            }
            state.scopes.push(Scopes.Kind.FOR);
            Variable out = s.target() instanceof Binding.Variable v ? state.declare(v.name()) : state.variable(null);
            boolean useIndexes = !Boolean.TRUE.equals(options.get("disableIndex"));
            add(new PlanNode.EnumerateCollection(state.nodeId(), collection, out, useIndexes));
            if (!(s.target() instanceof Binding.Variable)) {
                bind(s.target(), out);
            }
            return null;
        }
        if (s.search() != null) {
            throw new DatabaseError(501, 9, "not implemented: SEARCH needs an ArangoSearch View");
        }
        Variable in = valueOf(s.source());
        state.scopes.push(Scopes.Kind.FOR);
        Variable out = s.target() instanceof Binding.Variable v ? state.declare(v.name()) : state.variable(null);
        add(new PlanNode.EnumerateList(state.nodeId(), in, out, null, Map.of()));
        if (!(s.target() instanceof Binding.Variable)) {
            bind(s.target(), out);
        }
        return null;
    }

    /** The collection a FOR iterates, or null when the source is a value. */
    private String collectionSource(Expr source) {
        if (source instanceof Expr.VarRef ref && state.scopes.lookup(ref.name()) == null) {
            return ref.name();
        }
        if (source instanceof Expr.BindParam p && p.dataSource()) {
            return state.collectionParameter("@" + p.name());
        }
        return null;
    }

    @Override
    public Void visitTraversal(Statement.Traversal s) {
        graphs.traversal(s);
        return null;
    }

    @Override
    public Void visitPathSearch(Statement.PathSearch s) {
        graphs.pathSearch(s);
        return null;
    }

    @Override
    public Void visitLet(Statement.Let s) {
        if (s.target() instanceof Binding.Variable v) {
            if (s.value() instanceof Expr.Subquery sq) {
                List<PlanNode> body = planSubquery(sq.query());
                add(new PlanNode.Subquery(state.nodeId(), body, state.declare(v.name())));
                return null;
            }
            CompiledExpr c = compiler.compile(s.value());
            add(new PlanNode.Calculation(state.nodeId(), state.declare(v.name()), c));
            return null;
        }
        bind(s.target(), valueOf(s.value()));
        return null;
    }

    /**
     * A FILTER whose condition is known at compile time leaves no FilterNode, as in ArangoDB's plan builder and
     * its {@code remove-unnecessary-filters} rule: an always-true one is dropped, an always-false one becomes a
     * NoResultsNode, which ends the (sub)query without reading its input. A variable computed from a constant
     * keeps its CalculationNode (later statements may use it).
     */
    @Override
    public Void visitFilter(Statement.Filter s) {
        Variable condition;
        if (isVariableOrSubquery(s.condition())) {
            condition = valueOf(s.condition());
            if (isConstant(condition)) {
                return constantFilter(constantValue(condition));
            }
        } else {
            CompiledExpr c = compiler.compile(s.condition());
            if (c.constant()) {
                return constantFilter(c.value());
            }
            condition = calculate(c);
        }
        add(new PlanNode.Filter(state.nodeId(), condition));
        IndexPlanner.afterFilter(this);
        return null;
    }

    private boolean isVariableOrSubquery(Expr e) {
        return e instanceof Expr.Subquery || e instanceof Expr.VarRef ref && !ref.name().equals("CURRENT")
                && state.scopes.lookup(ref.name()) != null;
    }

    private Void constantFilter(Object value) {
        if (!Values.toBool(value)) {
            add(new PlanNode.NoResults(state.nodeId()));
        }
        return null;
    }

    @Override
    public Void visitSort(Statement.Sort s) {
        List<PlanNode.SortKey> keys = new ArrayList<>();
        boolean allConstant = true;
        for (Statement.SortItem item : s.items()) {
            boolean ascending = item.ascending();
            if (item.direction() != null) {
                Object d = constant(item.direction(), new DatabaseError(400, 1501, "invalid SORT direction"));
                ascending = d instanceof String str ? !str.equalsIgnoreCase("DESC") : Values.toBool(d);
            }
            Variable key = valueOf(item.expr());
            allConstant &= isConstant(key);
            keys.add(new PlanNode.SortKey(key, ascending));
        }
        if (allConstant) {
            // sorting by constants keeps the order; after a hash COLLECT it asks for no sorting at all
            collects.unsortCollect(nodes);
            return null;
        }
        if (!IndexSortPlanner.sortByIndex(this, keys)) {
            add(new PlanNode.Sort(state.nodeId(), keys, -1));
        }
        return null;
    }

    @Override
    public Void visitLimit(Statement.Limit s) {
        long offset = s.offset() == null ? 0 : limitValue(s.offset());
        long count = limitValue(s.count());
        if (!nodes.isEmpty() && nodes.get(nodes.size() - 1) instanceof PlanNode.Sort sort && sort.limit() < 0) {
            // SORT directly followed by LIMIT only needs the first offset + count rows
            long keep = offset + count < 0 ? Long.MAX_VALUE : offset + count;
            nodes.set(nodes.size() - 1, new PlanNode.Sort(sort.id(), sort.keys(), keep));
        }
        add(new PlanNode.Limit(state.nodeId(), offset, count, false));
        return null;
    }

    private long limitValue(Expr e) {
        Object v = constant(e, new DatabaseError(400, 1501, "LIMIT value must be a compile-time constant"));
        if (!(v instanceof Number n) || n.doubleValue() < 0) {
            throw new DatabaseError(400, 10, "LIMIT value is not a non-negative number");
        }
        return (long) Math.min(n.doubleValue(), Long.MAX_VALUE);
    }

    @Override
    public Void visitCollect(Statement.Collect s) {
        collects.collect(s);
        return null;
    }

    @Override
    public Void visitWindow(Statement.Window s) {
        collects.window(s);
        return null;
    }

    @Override
    public Void visitReturn(Statement.Return s) {
        if (s.distinct() && !state.scopes.inLoop()) {
            throw parseError(s.pos(), "cannot use DISTINCT modifier on top-level query element");
        }
        Variable in = valueOf(s.value());
        add(new PlanNode.Return(state.nodeId(), in, s.distinct()));
        return null;
    }

    @Override
    public Void visitInsert(Statement.Insert s) {
        modifications.insert(s);
        return null;
    }

    @Override
    public Void visitUpdate(Statement.Update s) {
        modifications.update(s);
        return null;
    }

    @Override
    public Void visitRemove(Statement.Remove s) {
        modifications.remove(s);
        return null;
    }

    @Override
    public Void visitUpsert(Statement.Upsert s) {
        modifications.upsert(s);
        return null;
    }
}
