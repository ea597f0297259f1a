package io.arangomcp.aql.analyzer;

import io.arangomcp.aql.ast.Expr;
import io.arangomcp.aql.ast.Statement;
import io.arangomcp.aql.functions.AggregateNames;
import io.arangomcp.aql.plan.PlanNode;
import io.arangomcp.aql.plan.Variable;
import io.arangomcp.domain.error.DatabaseError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plans COLLECT (all forms) and WINDOW, including the variable hiding COLLECT implies. */
final class CollectPlanner {
    private final Analyzer a;

    CollectPlanner(Analyzer analyzer) {
        this.a = analyzer;
    }

    void collect(Statement.Collect s) {
        List<Variable> groupInputs = new ArrayList<>();
        for (Statement.Assignment g : s.groups()) {
            groupInputs.add(a.valueOf(g.value()));
        }
        List<Object[]> aggregateInputs = aggregateInputs(s.aggregates());
        Variable intoExpr = s.into() != null && s.intoExpr() != null ? a.valueOf(s.intoExpr()) : null;
        Map<String, Variable> keep = new LinkedHashMap<>();
        if (s.into() != null && s.intoExpr() == null) {
            if (s.keep() != null) {
                for (String name : s.keep()) {
                    Variable v = a.state.scopes.lookup(name);
                    if (v == null) {
                        throw new DatabaseError(400, 1512, "unknown variable '" + name + "'");
                    }
                    keep.put(name, v);
                }
            } else {
                for (Variable v : a.state.scopes.currentQueryVariables()) {
                    keep.put(v.name(), v);
                }
            }
        }
        Map<String, Object> options = a.options(s.options());
        Object method = options.get("method");
        a.state.scopes.startCollect();
        List<PlanNode.GroupVar> groups = new ArrayList<>();
        for (int i = 0; i < s.groups().size(); i++) {
            groups.add(new PlanNode.GroupVar(a.state.declare(s.groups().get(i).name()), groupInputs.get(i)));
        }
        List<PlanNode.AggregateVar> aggregates = declareAggregates(s.aggregates(), aggregateInputs);
        Variable into = s.into() == null ? null : a.state.declare(s.into());
        Variable count = s.countInto() == null ? null : a.state.declare(s.countInto());
        a.add(new PlanNode.Collect(a.state.nodeId(), groups, aggregates, into, intoExpr, keep, count, true,
                method instanceof String m ? m : null));
    }

    /** For each aggregate: its function name and input variable (null for {@code COUNT()}). */
    private List<Object[]> aggregateInputs(List<Statement.Assignment> aggregates) {
        List<Object[]> out = new ArrayList<>();
        for (Statement.Assignment ag : aggregates) {
            // the parser has checked that each is a call of an aggregate function
            Expr.FunctionCall call = (Expr.FunctionCall) ag.value();
            String fn = AggregateNames.canonical(call.name());
            int min = fn.equals("LENGTH") ? 0 : 1;
            if (call.args().size() < min || call.args().size() > 1) {
                throw new DatabaseError(400, 1541, "invalid number of arguments for function '" + call.name()
                        + "()', expected number of arguments: minimum: " + min + ", maximum: 1");
            }
            Variable in = call.args().isEmpty() ? null : a.valueOf(call.args().get(0));
            out.add(new Object[] {fn, in});
        }
        return out;
    }

    private List<PlanNode.AggregateVar> declareAggregates(List<Statement.Assignment> aggregates,
                                                           List<Object[]> inputs) {
        List<PlanNode.AggregateVar> out = new ArrayList<>();
        for (int i = 0; i < aggregates.size(); i++) {
            Variable v = a.state.declare(aggregates.get(i).name());
            out.add(new PlanNode.AggregateVar(v, (String) inputs.get(i)[0], (Variable) inputs.get(i)[1]));
        }
        return out;
    }

    /** {@code COLLECT … OPTIONS {method: "hash"} SORT null}: the hash COLLECT just before keeps its groups unsorted. */
    void unsortCollect(List<PlanNode> nodes) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            PlanNode n = nodes.get(i);
            if (n instanceof PlanNode.Collect c && "hash".equals(c.method())) {
                nodes.set(i, new PlanNode.Collect(c.id(), c.groups(), c.aggregates(), c.into(), c.intoExpr(),
                        c.keep(), c.count(), false, c.method()));
            }
            if (!(n instanceof PlanNode.Calculation)) {
                return;
            }
        }
    }

    void window(Statement.Window s) {
        Variable range = s.rangeValue() == null ? null : a.valueOf(s.rangeValue());
        DatabaseError badSpec = new DatabaseError(400, 1501,
                "WINDOW bounds must be an object literal with 'preceding' and/or 'following'");
        Object spec = a.constant(s.spec(), badSpec);
        if (!(spec instanceof Map<?, ?> m) || m.isEmpty()) {
            throw badSpec;
        }
        for (Object key : m.keySet()) {
            if (!key.equals("preceding") && !key.equals("following")) {
                throw badSpec;
            }
        }
        List<Object[]> inputs = aggregateInputs(s.aggregates());
        List<PlanNode.AggregateVar> aggregates = declareAggregates(s.aggregates(), inputs);
        a.add(new PlanNode.Window(a.state.nodeId(), range, m.get("preceding"), m.get("following"), aggregates));
    }
}
