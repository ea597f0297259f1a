package io.arangomcp.aql.exec;

import io.arangomcp.aql.catalog.CatalogCollection;
import io.arangomcp.aql.catalog.EdgeDirection;
import io.arangomcp.aql.catalog.IndexLookup;
import io.arangomcp.aql.eval.Expression;
import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.plan.CompiledExpr;
import io.arangomcp.aql.plan.PlanNode;
import io.arangomcp.aql.value.Values;
import io.arangomcp.domain.error.DatabaseError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The FOR executors: full collection scans, index lookups and iteration over arrays. */
final class ScanExecutors {
    private ScanExecutors() {
    }

    static CatalogCollection collection(QueryContext q, String name) {
        return q.catalog().collection(name).orElseThrow(() -> new DatabaseError(404, 1203,
                "collection or view not found: " + name));
    }

    /** A full scan in insertion order, restarted for every input row. */
    static final class EnumerateCollection extends Executor {
        private final int slot;
        private final CatalogCollection collection;
        private Iterator<Map<String, Object>> it;

        EnumerateCollection(QueryContext q, Executor input, PlanNode.EnumerateCollection node, boolean timed) {
            super(q, input, node, timed);
            this.slot = node.out().slot();
            this.collection = collection(q, node.collection());
        }

        @Override
        boolean produce() {
            while (true) {
                if (it != null && it.hasNext()) {
                    q.regs[slot] = it.next();
                    q.stats().scannedFull++;
                    return true;
                }
                if (!input.next()) {
                    return false;
                }
                it = collection.scan();
            }
        }
    }

    /** An index lookup (primary, edge or persistent), evaluated anew for every input row. */
    static final class IndexScan extends Executor {
        private final PlanNode.IndexScan scan;
        private final CatalogCollection collection;
        private final int outSlot;
        private final boolean primary;
        private final boolean edge;
        /** The single-key primary lookup by {@code _key}, the most common index use, takes a shortcut. */
        private final boolean singleKey;
        private Iterator<Map<String, Object>> it;

        IndexScan(QueryContext q, Executor input, PlanNode.IndexScan node, boolean timed) {
            super(q, input, node, timed);
            this.scan = node;
            this.collection = collection(q, node.collection());
            this.outSlot = node.out().slot();
            this.primary = node.index().type().equals("primary");
            this.edge = node.index().type().equals("edge");
            this.singleKey = primary && !node.in() && !"_id".equals(node.edgeAttribute());
        }

        @Override
        boolean produce() {
            if (singleKey) {
                return produceSingleKey();
            }
            while (true) {
                if (it != null && it.hasNext()) {
                    q.regs[outSlot] = it.next();
                    q.stats().scannedIndex++;
                    return true;
                }
                if (!input.next()) {
                    return false;
                }
                it = open();
            }
        }

        private boolean produceSingleKey() {
            Expression key = scan.equals().get(0).eval();
            while (input.next()) {
                Map<String, Object> doc = key.evaluate(q) instanceof String k ? collection.get(k) : null;
                if (doc != null) {
                    q.regs[outSlot] = doc;
                    q.stats().scannedIndex++;
                    return true;
                }
            }
            return false;
        }

        private Iterator<Map<String, Object>> open() {
            if (primary) {
                return primary(scan.equals().get(0).eval().evaluate(q));
            }
            if (edge) {
                return edges(scan.equals().get(0).eval().evaluate(q));
            }
            List<Object> equals = new ArrayList<>();
            for (CompiledExpr e : scan.equals()) {
                equals.add(e.eval().evaluate(q));
            }
            IndexLookup.Bound lower = scan.lower() == null ? null
                    : new IndexLookup.Bound(scan.lower().eval().evaluate(q), scan.lowerInclusive());
            IndexLookup.Bound upper = scan.upper() == null ? null
                    : new IndexLookup.Bound(scan.upper().eval().evaluate(q), scan.upperInclusive());
            if (scan.in()) {
                return persistentIn(equals, lower, upper);
            }
            Iterator<Map<String, Object>> found = collection.lookup(scan.index(),
                    new IndexLookup(equals, lower, upper));
            return scan.ascending() ? found : reversed(found);
        }

        /** The index read backwards, for a SORT … DESC that the index answers. */
        private static Iterator<Map<String, Object>> reversed(Iterator<Map<String, Object>> found) {
            List<Map<String, Object>> all = new ArrayList<>();
            found.forEachRemaining(all::add);
            Collections.reverse(all);
            return all.iterator();
        }

        /** {@code field IN [values]} on the last equality field: one lookup per distinct value. */
        private Iterator<Map<String, Object>> persistentIn(List<Object> equals, IndexLookup.Bound lower,
                                                           IndexLookup.Bound upper) {
            Object last = equals.get(equals.size() - 1);
            if (!(last instanceof List<?> values)) {
                return Collections.emptyIterator();
            }
            List<Map<String, Object>> out = new ArrayList<>();
            List<Object> distinct = sortedDistinct(values);
            for (Object v : distinct) {
                List<Object> eq = new ArrayList<>(equals.subList(0, equals.size() - 1));
                eq.add(v);
                collection.lookup(scan.index(), new IndexLookup(eq, lower, upper)).forEachRemaining(out::add);
            }
            return out.iterator();
        }

        private Iterator<Map<String, Object>> primary(Object value) {
            if (!scan.in()) {
                String key = keyOf(value);
                Map<String, Object> doc = key == null ? null : collection.get(key);
                return doc == null ? Collections.emptyIterator() : List.of(doc).iterator();
            }
            List<Object> keys = sortedDistinct(value instanceof List<?> l ? l : List.of());
            List<Map<String, Object>> out = new ArrayList<>(keys.size());
            for (Object k : keys) {
                String key = keyOf(k);
                if (key != null) {
                    Map<String, Object> doc = collection.get(key);
                    if (doc != null) {
                        out.add(doc);
                    }
                }
            }
            return out.iterator();
        }

        /** A key from a {@code _key} value or an {@code _id} of this collection; null when it cannot match. */
        private String keyOf(Object value) {
            if (!(value instanceof String s)) {
                return null;
            }
            if (scan.edgeAttribute() != null && scan.edgeAttribute().equals("_id")) {
                int slash = s.indexOf('/');
                if (slash < 0 || !s.substring(0, slash).equals(collection.name())) {
                    return null;
                }
                return s.substring(slash + 1);
            }
            return s;
        }

        private Iterator<Map<String, Object>> edges(Object value) {
            EdgeDirection dir = scan.edgeAttribute().equals("_from") ? EdgeDirection.OUTBOUND : EdgeDirection.INBOUND;
            List<Object> ids = scan.in() ? sortedDistinct(value instanceof List<?> l ? l : List.of())
                    : Collections.singletonList(value);
            List<Map<String, Object>> out = new ArrayList<>();
            for (Object id : ids) {
                if (id instanceof String s) {
                    out.addAll(collection.edges(s, dir));
                }
            }
            return out.iterator();
        }

        private static List<Object> sortedDistinct(List<?> values) {
            List<Object> sorted = new ArrayList<>(values);
            sorted.sort(Values::compare);
            List<Object> out = new ArrayList<>();
            for (Object v : sorted) {
                if (out.isEmpty() || !Values.equal(out.get(out.size() - 1), v)) {
                    out.add(v);
                }
            }
            return out;
        }
    }

    /** FOR over an array value (ranges stay lazy). */
    static final class EnumerateList extends Executor {
        private final int inSlot;
        private final int outSlot;
        private List<Object> list;
        private int pos;

        EnumerateList(QueryContext q, Executor input, PlanNode.EnumerateList node, boolean timed) {
            super(q, input, node, timed);
            this.inSlot = node.in().slot();
            this.outSlot = node.out().slot();
        }

        @Override
        boolean produce() {
            while (true) {
                if (list != null && pos < list.size()) {
                    q.regs[outSlot] = list.get(pos++);
                    return true;
                }
                if (!input.next()) {
                    return false;
                }
                list = FlowExecutors.iterable(q.regs[inSlot]);
                pos = 0;
            }
        }
    }
}
