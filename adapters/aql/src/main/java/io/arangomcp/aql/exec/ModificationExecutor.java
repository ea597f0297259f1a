package io.arangomcp.aql.exec;

import io.arangomcp.aql.catalog.WriteOptions;
import io.arangomcp.aql.catalog.WriteResult;
import io.arangomcp.aql.catalog.WriteTransaction;
import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.plan.PlanNode;
import io.arangomcp.aql.value.Values;
import io.arangomcp.domain.error.DatabaseError;
import java.util.Map;
import java.util.Set;

/**
 * INSERT, UPDATE, REPLACE and REMOVE: one write per input row through the query's write transaction, setting
 * NEW and OLD. With {@code ignoreErrors} a failing write is counted in {@code writesIgnored} and its row dropped.
 */
final class ModificationExecutor extends Executor {
    /** The errors {@code ignoreErrors} suppresses (document-level failures, not broken queries). */
    private static final Set<Integer> IGNORABLE = Set.of(1200, 1202, 1210, 1221, 1226, 1227, 1233, 1620);

    private final PlanNode.Modification mod;
    private final WriteOptions writeOptions;
    private final boolean ignoreErrors;

    ModificationExecutor(QueryContext q, Executor input, PlanNode.Modification node, boolean timed) {
        super(q, input, node, timed);
        this.mod = node;
        this.writeOptions = writeOptions(node.options());
        this.ignoreErrors = Values.toBool(node.options().get("ignoreErrors"));
    }

    static WriteOptions writeOptions(Map<String, Object> o) {
        String overwrite = o.get("overwriteMode") instanceof String s ? s
                : Values.toBool(o.get("overwrite")) ? "replace" : "conflict";
        return new WriteOptions(!o.containsKey("keepNull") || Values.toBool(o.get("keepNull")),
                !o.containsKey("mergeObjects") || Values.toBool(o.get("mergeObjects")), overwrite,
                !o.containsKey("ignoreRevs") || Values.toBool(o.get("ignoreRevs")),
                Values.toBool(o.get("waitForSync")));
    }

    @Override
    boolean produce() {
        while (input.next()) {
            WriteResult r;
            try {
                r = write(q.transaction());
            } catch (DatabaseError e) {
                if (ignoreErrors && IGNORABLE.contains(e.errorNum())) {
                    q.stats().writesIgnored++;
                    continue;
                }
                throw e;
            }
            if (r.ignored()) {
                q.stats().writesIgnored++;
            } else {
                q.stats().writesExecuted++;
            }
            if (mod.newVar() != null) {
                q.regs[mod.newVar().slot()] = r.newDocument();
            }
            if (mod.oldVar() != null) {
                q.regs[mod.oldVar().slot()] = r.oldDocument();
            }
            return true;
        }
        return false;
    }

    private WriteResult write(WriteTransaction tx) {
        Object doc = q.regs[mod.document().slot()];
        String collection = mod.collection();
        switch (mod.kind()) {
            case INSERT:
                return tx.insert(collection, object(doc), writeOptions);
            case REMOVE:
                return tx.remove(collection, key(doc), writeOptions);
            default: {
                String key = mod.key() != null ? key(q.regs[mod.key().slot()]) : key(doc);
                Map<String, Object> body = object(doc);
                return mod.kind() == PlanNode.ModificationKind.UPDATE
                        ? tx.update(collection, key, body, writeOptions)
                        : tx.replace(collection, key, body, writeOptions);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object doc) {
        if (!(doc instanceof Map<?, ?> m)) {
            throw new DatabaseError(400, 1227, "invalid document type");
        }
        return (Map<String, Object>) m;
    }

    /**
     * The key a key expression names: a key string (document ids are not accepted, as in ArangoDB) or an object's
     * {@code _key}.
     */
    private static String key(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Map<?, ?> m) {
            Object key = m.get("_key");
            if (key instanceof String s) {
                return s;
            }
            throw new DatabaseError(400, key == null ? 1226 : 1221, key == null ? "missing document key"
                    : "illegal document key");
        }
        throw new DatabaseError(400, 1227, "invalid document type");
    }
}
