package io.arangomcp.aql.analyzer;

import io.arangomcp.aql.ast.Expr;
import io.arangomcp.aql.ast.Expr.BinaryOp;
import io.arangomcp.aql.eval.ArrayOps;
import io.arangomcp.aql.eval.Expression;
import io.arangomcp.aql.eval.NotConstantException;
import io.arangomcp.aql.eval.Operators;
import io.arangomcp.aql.eval.Patterns;
import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.eval.QueryLimits;
import io.arangomcp.aql.plan.CompiledExpr;
import io.arangomcp.aql.plan.PlanNode;
import io.arangomcp.aql.plan.Variable;
import io.arangomcp.aql.value.Values;
import io.arangomcp.domain.error.DatabaseError;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Compiles expression ASTs into {@link Expression} closures: names are resolved to registers, bind parameters
 * and deterministic sub-expressions are folded into constants (errors raised while folding are compile-time
 * errors, as in ArangoDB), and function calls are bound and arity-checked. Function calls are compiled by
 * {@link CallCompiler}.
 */
final class ExpressionCompiler implements Expr.Visitor<ExpressionCompiler.C> {

    /** A compiled sub-expression and, when it folded, its constant value. */
    record C(Expression eval, boolean constant, Object value, int slot) {
        static C constant(Object v) {
            return new C(q -> v, true, v, -1);
        }

        static C dynamic(Expression e) {
            return new C(e, false, null, -1);
        }

        /** A variable read; {@code slot} lets attribute access read the register directly. */
        static C register(int slot) {
            return new C(q -> q.regs[slot], false, null, slot);
        }
    }

    private final PlanState state;
    private final Analyzer analyzer;
    private final CallCompiler calls;
    private final Deque<Variable> current = new ArrayDeque<>();
    private Map<Expr.VarRef, Variable> refs = new IdentityHashMap<>();

    ExpressionCompiler(PlanState state, Analyzer analyzer) {
        this.state = state;
        this.analyzer = analyzer;
        this.calls = new CallCompiler(state, this);
    }

    /** Compiles an expression in the current scope. */
    CompiledExpr compile(Expr e) {
        Map<Expr.VarRef, Variable> saved = refs;
        refs = new IdentityHashMap<>();
        try {
            C c = sub(e);
            return new CompiledExpr(e, refs, c.eval(), c.constant(), c.value());
        } finally {
            refs = saved;
        }
    }

    /** Compiles an expression in which {@code CURRENT} is {@code current} (UPSERT FILTER). */
    CompiledExpr compileWithCurrent(Expr e, Variable currentVar) {
        current.push(currentVar);
        try {
            return compile(e);
        } finally {
            current.pop();
        }
    }

    C sub(Expr e) {
        return e.accept(this);
    }

    /** Evaluates a constant expression now; null when it turns out not to be foldable. */
    static C fold(Expression e) {
        QueryContext scratch = new QueryContext(0, null, new QueryLimits(false, Integer.MAX_VALUE, 0, Long.MAX_VALUE),
                new AtomicBoolean());
        Object v;
        try {
            v = e.evaluate(scratch);
        } catch (NotConstantException notConstant) {
            return C.dynamic(e);
        }
        if (!scratch.warnings().isEmpty()) {
            return C.dynamic(e);
        }
        return C.constant(v);
    }

    private static C foldIf(boolean allConstant, Expression e) {
        return allConstant ? fold(e) : C.dynamic(e);
    }

    @Override
    public C visitLiteral(Expr.Literal e) {
        Object v = e.value() instanceof Number n ? Values.normalize(n) : e.value();
        return C.constant(v);
    }

    @Override
    public C visitArray(Expr.ArrayLiteral e) {
        List<C> parts = new ArrayList<>();
        boolean constant = true;
        for (Expr x : e.elements()) {
            C c = sub(x);
            parts.add(c);
            constant &= c.constant();
        }
        Expression[] evals = parts.stream().map(C::eval).toArray(Expression[]::new);
        return foldIf(constant, q -> {
            List<Object> out = new ArrayList<>(evals.length);
            for (Expression x : evals) {
                out.add(x.evaluate(q));
            }
            return out;
        });
    }

    @Override
    public C visitObject(Expr.ObjectLiteral e) {
        int n = e.entries().size();
        String[] names = new String[n];
        Expression[] keys = new Expression[n];
        Expression[] values = new Expression[n];
        boolean constant = true;
        for (int i = 0; i < n; i++) {
            Expr.ObjectEntry entry = e.entries().get(i);
            names[i] = entry.name();
            if (entry.computedKey() != null) {
                C k = sub(entry.computedKey());
                keys[i] = k.eval();
                constant &= k.constant();
            }
            C v = sub(entry.value());
            values[i] = v.eval();
            constant &= v.constant();
        }
        return foldIf(constant, q -> {
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String key = names[i] != null ? names[i] : Values.toStringValue(keys[i].evaluate(q));
                out.put(key, values[i].evaluate(q));
            }
            return out;
        });
    }

    @Override
    public C visitVarRef(Expr.VarRef e) {
        if (e.name().equals("CURRENT") && !current.isEmpty()) {
            return C.register(current.peek().slot());
        }
        Variable v = state.scopes.lookup(e.name());
        if (v == null) {
            state.collection(e.name());
            throw new DatabaseError(400, 1568, "collection '" + e.name() + "' used as expression operand");
        }
        refs.put(e, v);
        return C.register(v.slot());
    }

    @Override
    public C visitBindParam(Expr.BindParam e) {
        if (e.dataSource()) {
            String name = state.collectionParameter("@" + e.name());
            state.collection(name);
            throw new DatabaseError(400, 1568, "collection '" + name + "' used as expression operand");
        }
        return C.constant(state.bindValue(e.name()));
    }

    @Override
    public C visitAttribute(Expr.AttributeAccess e) {
        C object = sub(e.object());
        Expression o = object.eval();
        String name = e.name();
        if (object.slot() >= 0) {
            // the most common expression shape (doc.attr), without the nested call
            int slot = object.slot();
            return C.dynamic(q -> q.regs[slot] instanceof Map<?, ?> m ? m.get(name) : null);
        }
        return foldIf(object.constant(), q -> o.evaluate(q) instanceof Map<?, ?> m ? m.get(name) : null);
    }

    @Override
    public C visitIndex(Expr.IndexAccess e) {
        C object = sub(e.object());
        C index = sub(e.index());
        Expression o = object.eval();
        Expression i = index.eval();
        return foldIf(object.constant() && index.constant(), q -> indexAccess(o.evaluate(q), i.evaluate(q)));
    }

    static Object indexAccess(Object value, Object index) {
        if (value instanceof List<?> list) {
            if (!(index instanceof Number) && !(index instanceof String)) {
                return null;
            }
            double d = index instanceof Number n ? n.doubleValue() : Values.parseNumber((String) index, Double.NaN);
            if (Double.isNaN(d)) {
                return null;
            }
            long pos = (long) d;
            if (pos < 0) {
                pos += list.size();
            }
            return pos >= 0 && pos < list.size() ? list.get((int) pos) : null;
        }
        if (value instanceof Map<?, ?> map) {
            if (index instanceof String s) {
                return map.get(s);
            }
            if (index instanceof Number n) {
                return map.get(Values.toStringValue(n));
            }
        }
        return null;
    }

    @Override
    public C visitUnary(Expr.Unary e) {
        C operand = sub(e.operand());
        Expression x = operand.eval();
        Expression eval = switch (e.op()) {
            case NOT -> q -> !Values.toBool(x.evaluate(q));
            case MINUS -> q -> Operators.negate(x.evaluate(q));
            case PLUS -> q -> Values.toNumber(x.evaluate(q));
        };
        return foldIf(operand.constant(), eval);
    }

    @Override
    public C visitBinary(Expr.Binary e) {
        C left = sub(e.left());
        C right = sub(e.right());
        Expression l = left.eval();
        Expression r = right.eval();
        BinaryOp op = e.op();
        Expression eval = switch (op) {
            case PLUS, MINUS, TIMES, DIV, MOD -> q -> Operators.arithmetic(op, l.evaluate(q), r.evaluate(q), q);
            case LIKE -> q -> like(q, l.evaluate(q), r.evaluate(q));
            case NOT_LIKE -> q -> !like(q, l.evaluate(q), r.evaluate(q));
            case REGEX -> q -> regex(q, l.evaluate(q), r.evaluate(q));
            case NOT_REGEX -> q -> negate(regex(q, l.evaluate(q), r.evaluate(q)));
            default -> q -> Operators.compare(op, l.evaluate(q), r.evaluate(q));
        };
        return foldIf(left.constant() && right.constant(), eval);
    }

    private static boolean like(QueryContext q, Object text, Object pattern) {
        return Patterns.like(q, Values.toStringValue(text), Values.toStringValue(pattern), false);
    }

    private static Object regex(QueryContext q, Object text, Object regex) {
        java.util.regex.Pattern p = Patterns.regex(q, Values.toStringValue(regex), false);
        return p == null ? null : p.matcher(Values.toStringValue(text)).find();
    }

    private static Object negate(Object b) {
        return b == null ? null : !((Boolean) b);
    }

    @Override
    public C visitLogical(Expr.Logical e) {
        C left = sub(e.left());
        C right = sub(e.right());
        Expression l = left.eval();
        Expression r = right.eval();
        Expression eval = e.and()
                ? q -> {
                    Object a = l.evaluate(q);
                    return Values.toBool(a) ? r.evaluate(q) : a;
                }
                : q -> {
                    Object a = l.evaluate(q);
                    return Values.toBool(a) ? a : r.evaluate(q);
                };
        return foldIf(left.constant() && right.constant(), eval);
    }

    @Override
    public C visitTernary(Expr.Ternary e) {
        C cond = sub(e.condition());
        C then = e.then() == null ? null : sub(e.then());
        C otherwise = sub(e.otherwise());
        Expression c = cond.eval();
        Expression t = then == null ? null : then.eval();
        Expression o = otherwise.eval();
        Expression eval = t == null
                ? q -> {
                    Object v = c.evaluate(q);
                    return Values.toBool(v) ? v : o.evaluate(q);
                }
                : q -> Values.toBool(c.evaluate(q)) ? t.evaluate(q) : o.evaluate(q);
        return foldIf(cond.constant() && (then == null || then.constant()) && otherwise.constant(), eval);
    }

    @Override
    public C visitRange(Expr.Range e) {
        C from = sub(e.from());
        C to = sub(e.to());
        Expression f = from.eval();
        Expression t = to.eval();
        return foldIf(from.constant() && to.constant(), q -> ArrayOps.range(f.evaluate(q), t.evaluate(q)));
    }

    @Override
    public C visitCall(Expr.FunctionCall e) {
        return calls.compile(e);
    }

    @Override
    public C visitSubquery(Expr.Subquery e) {
        List<PlanNode> body = analyzer.planSubquery(e.query());
        return C.dynamic(q -> analyzer.runner().run(body, q));
    }

    @Override
    public C visitExpansion(Expr.Expansion e) {
        C source = sub(e.source());
        Variable slotVar = state.variable(null);
        current.push(slotVar);
        try {
            Expression filter = e.filter() == null ? null : sub(e.filter()).eval();
            Expression offset = e.limitOffset() == null ? null : sub(e.limitOffset()).eval();
            Expression count = e.limitCount() == null ? null : sub(e.limitCount()).eval();
            Expression projection = e.projection() == null ? null : sub(e.projection()).eval();
            Expression src = source.eval();
            int levels = e.levels();
            int slot = slotVar.slot();
            return C.dynamic(q -> ArrayOps.expand(q, src.evaluate(q), levels, slot, filter, offset, count,
                    projection));
        } finally {
            current.pop();
        }
    }

    @Override
    public C visitQuestionMark(Expr.QuestionMark e) {
        C source = sub(e.source());
        Expression quantity = e.quantifier().count() == null ? null : sub(e.quantifier().count()).eval();
        Variable slotVar = state.variable(null);
        current.push(slotVar);
        try {
            Expression filter = e.filter() == null ? null : sub(e.filter()).eval();
            Expression src = source.eval();
            var kind = e.quantifier().kind();
            int slot = slotVar.slot();
            return C.dynamic(q -> ArrayOps.questionMark(q, src.evaluate(q), kind,
                    quantity == null ? null : quantity.evaluate(q), slot, filter));
        } finally {
            current.pop();
        }
    }

    @Override
    public C visitQuantified(Expr.Quantified e) {
        C left = sub(e.left());
        C right = sub(e.right());
        Expression atLeast = e.quantifier().count() == null ? null : sub(e.quantifier().count()).eval();
        Expression l = left.eval();
        Expression r = right.eval();
        var kind = e.quantifier().kind();
        BinaryOp op = e.op();
        return foldIf(left.constant() && right.constant() && atLeast == null, q -> ArrayOps.quantified(kind,
                atLeast == null ? null : atLeast.evaluate(q), op, l.evaluate(q), r.evaluate(q)));
    }
}
