package io.arangomcp.aql.analyzer;

import io.arangomcp.aql.ast.Expr;
import io.arangomcp.aql.plan.CompiledExpr;
import io.arangomcp.aql.plan.PlanNode;
import io.arangomcp.aql.plan.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads FILTER conditions for the optimizer: splits them into AND-ed terms and recognizes
 * {@code doc.path <op> value} where the value does not depend on the loop variable.
 */
final class Conditions {
    private Conditions() {
    }

    /**
     * One usable term: an attribute path of the loop variable, the operator (==, IN, <, <=, >, >=, as seen from the
     * attribute's side) and the value expression.
     */
    record Term(String path, Expr.BinaryOp op, Expr value) {
    }

    /** The variables a node sets. */
    static List<Variable> outputs(PlanNode n) {
        List<Variable> out = new ArrayList<>();
        if (n instanceof PlanNode.Calculation c) {
            out.add(c.out());
        } else if (n instanceof PlanNode.EnumerateCollection e) {
            out.add(e.out());
        } else if (n instanceof PlanNode.IndexScan s) {
            out.add(s.out());
        } else if (n instanceof PlanNode.EnumerateList e) {
            out.add(e.out());
        } else if (n instanceof PlanNode.Subquery s) {
            out.add(s.out());
        } else if (n instanceof PlanNode.Collect c) {
            c.groups().forEach(g -> out.add(g.out()));
            c.aggregates().forEach(a -> out.add(a.out()));
            if (c.into() != null) {
                out.add(c.into());
            }
            if (c.count() != null) {
                out.add(c.count());
            }
        } else if (n instanceof PlanNode.Traversal t) {
            out.add(t.vertex());
            if (t.edge() != null) {
                out.add(t.edge());
            }
            if (t.path() != null) {
                out.add(t.path());
            }
        }
        return out;
    }

    /** The usable terms of a FILTER expression over {@code loopVar}; {@code outer} tells which variables are set earlier. */
    static List<Term> terms(CompiledExpr condition, Variable loopVar, Predicate<Expr> independent) {
        List<Term> out = new ArrayList<>();
        collect(condition.ast(), condition, loopVar, independent, out);
        return out;
    }

    private static void collect(Expr e, CompiledExpr c, Variable loopVar, Predicate<Expr> independent,
                                List<Term> out) {
        if (e instanceof Expr.Logical l && l.and()) {
            collect(l.left(), c, loopVar, independent, out);
            collect(l.right(), c, loopVar, independent, out);
            return;
        }
        if (!(e instanceof Expr.Binary b)) {
            return;
        }
        Expr.BinaryOp op = b.op();
        if (op != Expr.BinaryOp.EQ && op != Expr.BinaryOp.IN && op != Expr.BinaryOp.LT && op != Expr.BinaryOp.LE
                && op != Expr.BinaryOp.GT && op != Expr.BinaryOp.GE) {
            return;
        }
        String left = path(b.left(), c.refs(), loopVar);
        if (left != null && independent.test(b.right())) {
            out.add(new Term(left, op, b.right()));
            return;
        }
        String right = path(b.right(), c.refs(), loopVar);
        if (right != null && op != Expr.BinaryOp.IN && independent.test(b.left())) {
            out.add(new Term(right, flip(op), b.left()));
        }
    }

    private static Expr.BinaryOp flip(Expr.BinaryOp op) {
        return switch (op) {
            case LT -> Expr.BinaryOp.GT;
            case LE -> Expr.BinaryOp.GE;
            case GT -> Expr.BinaryOp.LT;
            case GE -> Expr.BinaryOp.LE;
            default -> op;
        };
    }

    /** The dotted attribute path when {@code e} reads {@code loopVar.a.b…}, else null. */
    static String path(Expr e, Map<Expr.VarRef, Variable> refs, Variable loopVar) {
        StringBuilder sb = new StringBuilder();
        Expr x = e;
        while (x instanceof Expr.AttributeAccess a) {
            sb.insert(0, sb.length() == 0 ? a.name() : a.name() + ".");
            x = a.object();
        }
        if (sb.length() > 0 && x instanceof Expr.VarRef ref && loopVar.equals(refs.get(ref))) {
            return sb.toString();
        }
        return null;
    }
}
