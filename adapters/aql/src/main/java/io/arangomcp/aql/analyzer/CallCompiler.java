package io.arangomcp.aql.analyzer;

import io.arangomcp.aql.analyzer.ExpressionCompiler.C;
import io.arangomcp.aql.ast.Expr;
import io.arangomcp.aql.eval.Expression;
import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.functions.AqlFunction;
import io.arangomcp.aql.value.Values;
import io.arangomcp.domain.error.DatabaseError;
import java.util.List;
import java.util.Locale;

/**
 * Compiles function calls: binds the name to a built-in (1540 when unknown, 1582 for user-defined
 * {@code ns::f()}), checks the arity (1541), passes bare collection names where a function accepts them, and
 * folds deterministic calls with constant arguments.
 */
final class CallCompiler {
    private final PlanState state;
    private final ExpressionCompiler compiler;

    CallCompiler(PlanState state, ExpressionCompiler compiler) {
        this.state = state;
        this.compiler = compiler;
    }

    C compile(Expr.FunctionCall e) {
        String name = e.name();
        if (name.contains("::")) {
            throw new DatabaseError(404, 1582, "user function '" + name + "()' not found");
        }
        if (name.equals("CALL") || name.equals("APPLY")) {
            return dynamicCall(e, name.equals("APPLY"));
        }
        AqlFunction f = state.functions.find(name).orElseThrow(() -> new DatabaseError(400, 1540,
                "usage of unknown function '" + name + "()'"));
        checkArity(f, e.args().size());
        if (name.equals("DOCUMENT")) {
            state.afterAnyWrite("DOCUMENT");
        }
        if ((name.equals("LENGTH") || name.equals("COUNT") || name.equals("COLLECTION_COUNT"))
                && collectionName(e.args().get(0)) != null) {
            String collection = collectionName(e.args().get(0));
            state.collection(collection);
            state.read(collection);
            return C.dynamic(q -> q.catalog().collection(collection).map(c -> (Object) c.count()).orElse(0L));
        }
        int n = e.args().size();
        Expression[] args = new Expression[n];
        boolean constant = f.deterministic();
        for (int i = 0; i < n; i++) {
            Expr arg = e.args().get(i);
            String collection = i == f.collectionArg() ? collectionName(arg) : null;
            C c;
            if (collection != null) {
                state.collection(collection);
                c = C.constant(collection);
            } else {
                c = compiler.sub(arg);
            }
            args[i] = c.eval();
            constant &= c.constant();
        }
        var body = f.body();
        Expression eval = q -> body.call(q, evaluate(args, q));
        return constant ? ExpressionCompiler.fold(eval) : C.dynamic(eval);
    }

    private static Object[] evaluate(Expression[] args, QueryContext q) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].evaluate(q);
        }
        return values;
    }

    private static void checkArity(AqlFunction f, int n) {
        if (n < f.minArgs() || n > f.maxArgs()) {
            throw new DatabaseError(400, 1541, "invalid number of arguments for function '" + f.name()
                    + "()', expected number of arguments: minimum: " + f.minArgs() + ", maximum: " + f.maxArgs());
        }
    }

    /** The collection a bare name or {@code @@param} argument stands for, or null when it is a value. */
    private String collectionName(Expr arg) {
        if (arg instanceof Expr.VarRef ref && state.scopes.lookup(ref.name()) != null) {
            return null;
        }
        if (arg instanceof Expr.VarRef ref && !ref.name().equals("CURRENT")) {
            return ref.name();
        }
        if (arg instanceof Expr.BindParam p && p.dataSource()) {
            return state.collectionParameter("@" + p.name());
        }
        return null;
    }

    /** {@code CALL(name, args…)} and {@code APPLY(name, [args])}: the function is chosen at run time. */
    private C dynamicCall(Expr.FunctionCall e, boolean apply) {
        int n = e.args().size();
        if (n < 1 || (apply && n > 2)) {
            throw new DatabaseError(400, 1541, "invalid number of arguments for function '" + e.name()
                    + "()', expected number of arguments: minimum: 1, maximum: " + (apply ? 2 : AqlFunction.VARIADIC));
        }
        Expression[] args = new Expression[n];
        for (int i = 0; i < n; i++) {
            args[i] = compiler.sub(e.args().get(i)).eval();
        }
        var functions = state.functions;
        String caller = e.name();
        return C.dynamic(q -> {
            Object[] values = evaluate(args, q);
            if (!(values[0] instanceof String fname)) {
                return q.invalidArgument(caller);
            }
            String upper = fname.toUpperCase(Locale.ROOT);
            if (upper.equals("CALL") || upper.equals("APPLY") || upper.contains("::")) {
                throw new DatabaseError(400, 1578, "disallowed dynamic call to '" + upper + "'");
            }
            AqlFunction f = functions.find(upper).orElseThrow(() -> new DatabaseError(400, 1540,
                    "usage of unknown function '" + upper + "()'"));
            Object[] callArgs;
            if (apply) {
                List<Object> list = values.length > 1 ? Values.asList(values[1]) : List.of();
                callArgs = list == null ? new Object[0] : list.toArray();
            } else {
                callArgs = java.util.Arrays.copyOfRange(values, 1, values.length);
            }
            checkArity(f, callArgs.length);
            return f.body().call(q, callArgs);
        });
    }
}
