package io.arangomcp.aql.plan;

import io.arangomcp.aql.ast.Expr;
import io.arangomcp.aql.eval.Expression;
import java.util.Map;

/**
 * An expression in a plan: its AST (for explain and the optimizer), how its names resolved, and its compiled
 * form. {@code constant} expressions were folded at compile time into {@code value}.
 *
 * @param ast      the parsed expression
 * @param refs     the variable each name in it resolved to (identity map)
 * @param eval     the compiled evaluator
 * @param constant whether it was folded
 * @param value    the folded value when constant
 */
public record CompiledExpr(Expr ast, Map<Expr.VarRef, Variable> refs, Expression eval, boolean constant,
                           Object value) {
}
