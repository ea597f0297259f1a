package io.arangomcp.aql.analyzer;

import io.arangomcp.aql.ast.Expr;
import io.arangomcp.aql.catalog.CatalogCollection;
import io.arangomcp.aql.catalog.CollectionKind;
import io.arangomcp.aql.catalog.IndexDescriptor;
import io.arangomcp.aql.plan.CompiledExpr;
import io.arangomcp.aql.plan.PlanNode;
import io.arangomcp.aql.plan.Variable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Index selection, done when a FILTER is planned: FILTER terms on the primary key ({@code _key}, {@code _id}),
 * the edge attributes ({@code _from}, {@code _to}) or the fields of a persistent index turn the collection scan
 * they follow into an index lookup. The FILTER stays in the plan, so results never depend on the index.
 */
final class IndexPlanner {
    private IndexPlanner() {
    }

    static void afterFilter(Analyzer a) {
        List<PlanNode> nodes = a.nodes;
        int at = nodes.size() - 1;
        while (at >= 0 && (nodes.get(at) instanceof PlanNode.Calculation || nodes.get(at) instanceof PlanNode.Filter)) {
            at--;
        }
        if (at < 0 || !(nodes.get(at) instanceof PlanNode.EnumerateCollection ec) || !ec.useIndexes()) {
            return;
        }
        CatalogCollection collection = a.state.catalog.collection(ec.collection()).orElse(null);
        if (collection == null) {
            return;
        }
        Set<Variable> inner = new HashSet<>();
        Map<Variable, PlanNode.Calculation> calcs = new HashMap<>();
        for (int j = at; j < nodes.size(); j++) {
            inner.addAll(Conditions.outputs(nodes.get(j)));
            if (nodes.get(j) instanceof PlanNode.Calculation c) {
                calcs.put(c.out(), c);
            }
        }
        List<Conditions.Term> terms = new ArrayList<>();
        List<Conditions.Term> lastFilterTerms = List.of();
        for (int j = at + 1; j < nodes.size(); j++) {
            if (nodes.get(j) instanceof PlanNode.Filter f && calcs.containsKey(f.in())) {
                CompiledExpr cond = calcs.get(f.in()).expr();
                lastFilterTerms = Conditions.terms(cond, ec.out(),
                        e -> new IndependenceCheck(a.state.functions, cond.refs(), inner).test(e));
                terms.addAll(lastFilterTerms);
            }
        }
        Object[] best = choose(a, ec, collection, terms);
        if (best == null) {
            return;
        }
        nodes.set(at, (PlanNode) best[0]);
        // a FILTER that is exactly the primary or edge lookup adds nothing (ArangoDB removes it as well)
        Conditions.Term used = (Conditions.Term) best[1];
        int last = nodes.size() - 1;
        if (used != null && lastFilterTerms.size() == 1 && lastFilterTerms.get(0) == used
                && nodes.get(last) instanceof PlanNode.Filter f && calcs.get(f.in()) != null
                && calcs.get(f.in()).expr().ast() instanceof io.arangomcp.aql.ast.Expr.Binary
                && nodes.get(last - 1) == calcs.get(f.in())) {
            nodes.remove(last);
            nodes.remove(last - 1);
        }
    }

    /** The best index scan and, for primary and edge lookups, the single term it answers exactly. */
    private static Object[] choose(Analyzer a, PlanNode.EnumerateCollection ec, CatalogCollection collection,
                                   List<Conditions.Term> terms) {
        PlanNode best = null;
        Conditions.Term exact = null;
        int bestScore = 0;
        for (IndexDescriptor index : collection.indexes()) {
            Object[] candidate = null;
            if (index.type().equals("primary")) {
                candidate = single(terms, "_key", "_id");
                if (candidate != null) {
                    candidate = new Object[] {candidate[0], candidate[1], 100,
                            ((Conditions.Term) candidate[0]).path().equals("_id") ? "_id" : null};
                }
            } else if (index.type().equals("edge") && collection.kind() == CollectionKind.EDGE) {
                candidate = single(terms, "_from", "_to");
                if (candidate != null) {
                    candidate = new Object[] {candidate[0], candidate[1], 50, ((Conditions.Term) candidate[0]).path()};
                }
            } else if (index.isSorted()) {
                PlanNode p = persistent(a, ec, index, terms);
                if (p != null) {
                    int score = ((PlanNode.IndexScan) p).equals().size() * 10 + (index.unique() ? 5 : 0)
                            + (((PlanNode.IndexScan) p).lower() != null || ((PlanNode.IndexScan) p).upper() != null
                            ? 3 : 0);
                    if (score > bestScore) {
                        best = p;
                        bestScore = score;
                        exact = null;
                    }
                }
                continue;
            }
            if (candidate != null && (int) candidate[2] > bestScore) {
                Conditions.Term t = (Conditions.Term) candidate[0];
                best = new PlanNode.IndexScan(ec.id(), ec.collection(), ec.out(), index,
                        List.of(a.compiler.compile(t.value())), t.op() == Expr.BinaryOp.IN, null, false, null, false,
                        (String) candidate[3], true);
                bestScore = (int) candidate[2];
                exact = t;
            }
        }
        return best == null ? null : new Object[] {best, exact};
    }

    /** The first equality or IN term on one of the given attributes. */
    private static Object[] single(List<Conditions.Term> terms, String... attributes) {
        for (Conditions.Term t : terms) {
            for (String attr : attributes) {
                if (t.path().equals(attr) && (t.op() == Expr.BinaryOp.EQ || t.op() == Expr.BinaryOp.IN)) {
                    return new Object[] {t, attr};
                }
            }
        }
        return null;
    }

    /** Equality on a prefix of the index fields, then a range on the next one. */
    private static PlanNode persistent(Analyzer a, PlanNode.EnumerateCollection ec, IndexDescriptor index,
                                       List<Conditions.Term> terms) {
        List<CompiledExpr> equals = new ArrayList<>();
        boolean in = false;
        int field = 0;
        for (; field < index.fields().size() && !in; field++) {
            Conditions.Term eq = find(terms, index.fields().get(field), Expr.BinaryOp.EQ);
            if (eq == null) {
                eq = find(terms, index.fields().get(field), Expr.BinaryOp.IN);
                if (eq == null) {
                    break;
                }
                in = true;
            }
            CompiledExpr value = a.compiler.compile(eq.value());
            if (index.sparse() && (!value.constant() || value.value() == null)) {
                return null;
            }
            equals.add(value);
        }
        CompiledExpr lower = null;
        CompiledExpr upper = null;
        boolean lowerInclusive = false;
        boolean upperInclusive = false;
        if (!in && field < index.fields().size() && !index.sparse()) {
            String next = index.fields().get(field);
            Conditions.Term lo = find(terms, next, Expr.BinaryOp.GT);
            lowerInclusive = lo == null;
            lo = lo != null ? lo : find(terms, next, Expr.BinaryOp.GE);
            Conditions.Term hi = find(terms, next, Expr.BinaryOp.LT);
            upperInclusive = hi == null;
            hi = hi != null ? hi : find(terms, next, Expr.BinaryOp.LE);
            lower = lo == null ? null : a.compiler.compile(lo.value());
            upper = hi == null ? null : a.compiler.compile(hi.value());
        }
        if (equals.isEmpty() && lower == null && upper == null) {
            return null;
        }
        return new PlanNode.IndexScan(ec.id(), ec.collection(), ec.out(), index, equals, in, lower, lowerInclusive,
                upper, upperInclusive, null, true);
    }

    private static Conditions.Term find(List<Conditions.Term> terms, String path, Expr.BinaryOp op) {
        for (Conditions.Term t : terms) {
            if (t.path().equals(path) && t.op() == op) {
                return t;
            }
        }
        return null;
    }
}
