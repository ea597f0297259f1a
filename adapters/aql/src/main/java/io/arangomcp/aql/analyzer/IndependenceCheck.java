package io.arangomcp.aql.analyzer;

import io.arangomcp.aql.ast.Expr;
import io.arangomcp.aql.functions.FunctionRegistry;
import io.arangomcp.aql.plan.Variable;
import java.util.Map;
import java.util.Set;

/**
 * Whether an expression can be evaluated once, before a loop starts: it reads no variable set inside the loop,
 * and contains no subquery, array operator or function whose result may change between calls.
 */
final class IndependenceCheck {
    private final FunctionRegistry functions;
    private final Map<Expr.VarRef, Variable> refs;
    private final Set<Variable> inner;

    IndependenceCheck(FunctionRegistry functions, Map<Expr.VarRef, Variable> refs, Set<Variable> inner) {
        this.functions = functions;
        this.refs = refs;
        this.inner = inner;
    }

    boolean test(Expr e) {
        if (e == null || e instanceof Expr.Literal || e instanceof Expr.BindParam) {
            return true;
        }
        if (e instanceof Expr.VarRef ref) {
            Variable v = refs.get(ref);
            return v != null && !inner.contains(v);
        }
        if (e instanceof Expr.AttributeAccess a) {
            return test(a.object());
        }
        if (e instanceof Expr.IndexAccess i) {
            return test(i.object()) && test(i.index());
        }
        if (e instanceof Expr.ArrayLiteral arr) {
            return arr.elements().stream().allMatch(this::test);
        }
        if (e instanceof Expr.ObjectLiteral obj) {
            return obj.entries().stream().allMatch(x -> test(x.computedKey()) && test(x.value()));
        }
        if (e instanceof Expr.Unary u) {
            return test(u.operand());
        }
        if (e instanceof Expr.Binary b) {
            return test(b.left()) && test(b.right());
        }
        if (e instanceof Expr.Logical l) {
            return test(l.left()) && test(l.right());
        }
        if (e instanceof Expr.Ternary t) {
            return test(t.condition()) && test(t.then()) && test(t.otherwise());
        }
        if (e instanceof Expr.Range r) {
            return test(r.from()) && test(r.to());
        }
        if (e instanceof Expr.FunctionCall f) {
            return functions.find(f.name()).map(fn -> fn.deterministic()).orElse(false)
                    && f.args().stream().allMatch(this::test);
        }
        return false;
    }
}
