package io.arangomcp.aql.exec;

import io.arangomcp.aql.catalog.WriteOptions;
import io.arangomcp.aql.catalog.WriteResult;
import io.arangomcp.aql.catalog.WriteTransaction;
import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.plan.PlanNode;
import io.arangomcp.aql.value.Values;
import io.arangomcp.domain.error.DatabaseError;
import java.util.Iterator;
import java.util.Map;

/**
 * UPSERT: looks up the first document matching the search object (equal top-level attributes) or the FILTER
 * condition, reading this query's own earlier writes, then inserts or updates/replaces it.
 */
final class UpsertExecutor extends Executor {
    private final PlanNode.Upsert upsert;
    private final WriteOptions writeOptions;
    private final boolean ignoreErrors;

    UpsertExecutor(QueryContext q, Executor input, PlanNode.Upsert node, boolean timed) {
        super(q, input, node, timed);
        this.upsert = node;
        this.writeOptions = ModificationExecutor.writeOptions(node.options());
        this.ignoreErrors = Values.toBool(node.options().get("ignoreErrors"));
    }

    @Override
    boolean produce() {
        while (input.next()) {
            WriteTransaction tx = q.transaction();
            Map<String, Object> found = find(tx);
            q.regs[upsert.oldVar().slot()] = found;
            WriteResult r;
            try {
                if (found == null) {
                    Object doc = upsert.insert().eval().evaluate(q);
                    r = tx.insert(upsert.collection(), ModificationExecutor.object(doc), writeOptions);
                } else {
                    Object doc = upsert.update().eval().evaluate(q);
                    String key = (String) found.get("_key");
                    Map<String, Object> body = ModificationExecutor.object(doc);
                    r = upsert.replace() ? tx.replace(upsert.collection(), key, body, writeOptions)
                            : tx.update(upsert.collection(), key, body, writeOptions);
                }
            } catch (DatabaseError e) {
                if (ignoreErrors && (e.errorNum() == 1210 || e.errorNum() == 1202 || e.errorNum() == 1200)) {
                    q.stats().writesIgnored++;
                    continue;
                }
                throw e;
            }
            q.stats().writesExecuted++;
            q.regs[upsert.newVar().slot()] = r.newDocument();
            return true;
        }
        return false;
    }

    private Map<String, Object> find(WriteTransaction tx) {
        if (upsert.search() != null) {
            Object search = q.regs[upsert.search().slot()];
            if (!(search instanceof Map<?, ?> example)) {
                throw new DatabaseError(400, 1227, "invalid document type");
            }
            if (example.get("_key") instanceof String key) {
                Map<String, Object> doc = tx.get(upsert.collection(), key);
                return doc != null && matches(doc, example) ? doc : null;
            }
            for (Iterator<Map<String, Object>> it = tx.scan(upsert.collection()); it.hasNext(); ) {
                Map<String, Object> doc = it.next();
                if (matches(doc, example)) {
                    return doc;
                }
            }
            return null;
        }
        int slot = upsert.current().slot();
        for (Iterator<Map<String, Object>> it = tx.scan(upsert.collection()); it.hasNext(); ) {
            Map<String, Object> doc = it.next();
            q.regs[slot] = doc;
            if (Values.toBool(upsert.filter().eval().evaluate(q))) {
                return doc;
            }
        }
        return null;
    }

    private static boolean matches(Map<String, Object> doc, Map<?, ?> example) {
        for (Map.Entry<?, ?> e : example.entrySet()) {
            if (!Values.equal(doc.get((String) e.getKey()), e.getValue())) {
                return false;
            }
        }
        return true;
    }
}
