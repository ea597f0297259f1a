package io.arangomcp.aql.analyzer;

import io.arangomcp.aql.ast.Binding;
import io.arangomcp.aql.ast.Expr;
import io.arangomcp.aql.ast.Pos;
import io.arangomcp.aql.eval.Expression;
import io.arangomcp.aql.plan.CompiledExpr;
import io.arangomcp.aql.plan.PlanNode;
import io.arangomcp.aql.plan.Variable;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Array and object destructuring ({@code LET [a, b] = …}, {@code FOR {name} IN …}): each target variable gets
 * a CalculationNode reading its element or attribute from the source value (null when absent or when the value
 * has the wrong type).
 */
final class Destructuring {
    private Destructuring() {
    }

    static void bind(Analyzer a, Binding target, Variable source) {
        Expr sourceAst = new Expr.VarRef(source.name(), Pos.NONE);
        bindPath(a, target, source, sourceAst, q -> q.regs[source.slot()]);
    }

    private static void bindPath(Analyzer a, Binding target, Variable source, Expr ast, Expression value) {
        if (target instanceof Binding.Variable v) {
            Map<Expr.VarRef, Variable> refs = new IdentityHashMap<>();
            refs.put(root(ast), source);
            CompiledExpr c = new CompiledExpr(ast, refs, value, false, null);
            a.add(new PlanNode.Calculation(a.state.nodeId(), a.state.declare(v.name()), c));
        } else if (target instanceof Binding.ArrayPattern p) {
            List<Binding> elements = p.elements();
            for (int i = 0; i < elements.size(); i++) {
                if (elements.get(i) == null) {
                    continue;
                }
                int index = i;
                Expression element = q -> value.evaluate(q) instanceof List<?> list && index < list.size()
                        ? list.get(index) : null;
                bindPath(a, elements.get(i), source, new Expr.IndexAccess(ast, new Expr.Literal((long) i)), element);
            }
        } else if (target instanceof Binding.ObjectPattern p) {
            for (Binding.ObjectPattern.Entry e : p.entries()) {
                String attribute = e.attribute();
                Expression field = q -> value.evaluate(q) instanceof Map<?, ?> m ? m.get(attribute) : null;
                bindPath(a, e.target(), source, new Expr.AttributeAccess(ast, attribute), field);
            }
        }
    }

    private static Expr.VarRef root(Expr e) {
        Expr x = e;
        while (true) {
            if (x instanceof Expr.IndexAccess i) {
                x = i.object();
            } else if (x instanceof Expr.AttributeAccess at) {
                x = at.object();
            } else {
                return (Expr.VarRef) x;
            }
        }
    }
}
