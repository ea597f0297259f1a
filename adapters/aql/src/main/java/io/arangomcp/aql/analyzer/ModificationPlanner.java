package io.arangomcp.aql.analyzer;

import io.arangomcp.aql.ast.Statement;
import io.arangomcp.aql.plan.CompiledExpr;
import io.arangomcp.aql.plan.PlanNode;
import io.arangomcp.aql.plan.Variable;
import java.util.Map;

/**
 * Plans INSERT, UPDATE, REPLACE, REMOVE and UPSERT: the collection (written once per query, never read after,
 * error 1579), the document and key values, OPTIONS, and the NEW/OLD variables they make available.
 */
final class ModificationPlanner {
    private final Analyzer a;

    ModificationPlanner(Analyzer analyzer) {
        this.a = analyzer;
    }

    private String target(io.arangomcp.aql.ast.CollectionRef ref) {
        String name = a.collectionName(ref);
        a.state.collection(name);
        return name;
    }

    void insert(Statement.Insert s) {
        String collection = target(s.collection());
        Variable doc = a.valueOf(s.document());
        Map<String, Object> options = a.options(s.options());
        a.state.write(collection);
        Variable newVar = a.state.declare("NEW");
        Variable oldVar = a.state.declare("OLD");
        a.add(new PlanNode.Modification(a.state.nodeId(), PlanNode.ModificationKind.INSERT, collection, doc, null,
                options, newVar, oldVar));
    }

    void update(Statement.Update s) {
        String collection = target(s.collection());
        Variable key = s.key() == null ? null : a.valueOf(s.key());
        Variable doc = a.valueOf(s.document());
        Map<String, Object> options = a.options(s.options());
        a.state.write(collection);
        Variable newVar = a.state.declare("NEW");
        Variable oldVar = a.state.declare("OLD");
        var kind = s.replace() ? PlanNode.ModificationKind.REPLACE : PlanNode.ModificationKind.UPDATE;
        a.add(new PlanNode.Modification(a.state.nodeId(), kind, collection, doc, key, options, newVar, oldVar));
    }

    void remove(Statement.Remove s) {
        String collection = target(s.collection());
        Variable key = a.valueOf(s.key());
        Map<String, Object> options = a.options(s.options());
        a.state.write(collection);
        Variable oldVar = a.state.declare("OLD");
        a.add(new PlanNode.Modification(a.state.nodeId(), PlanNode.ModificationKind.REMOVE, collection, key, null,
                options, null, oldVar));
    }

    void upsert(Statement.Upsert s) {
        String collection = target(s.collection());
        a.state.read(collection);
        Variable search = s.search() == null ? null : a.valueOf(s.search());
        Variable current = null;
        CompiledExpr filter = null;
        if (s.filter() != null) {
            current = a.state.variable(null);
            filter = a.compiler.compileWithCurrent(s.filter(), current);
        }
        CompiledExpr insert = a.compiler.compile(s.insert());
        Map<String, Object> options = a.options(s.options());
        Variable oldVar = a.state.declare("OLD");
        CompiledExpr update = a.compiler.compile(s.update());
        a.state.write(collection);
        Variable newVar = a.state.declare("NEW");
        a.add(new PlanNode.Upsert(a.state.nodeId(), collection, search, filter, current, insert, update,
                s.replace(), options, oldVar, newVar));
    }
}
