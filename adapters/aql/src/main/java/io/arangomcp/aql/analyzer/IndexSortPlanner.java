package io.arangomcp.aql.analyzer;

import io.arangomcp.aql.catalog.CatalogCollection;
import io.arangomcp.aql.catalog.IndexDescriptor;
import io.arangomcp.aql.plan.PlanNode;
import io.arangomcp.aql.plan.Variable;
import java.util.ArrayList;
import java.util.List;

/**
 * ArangoDB's {@code use-index-for-sort} rule, applied when a SORT is planned: a SORT on attributes of a collection
 * loop's variable, all in one direction, is answered by a persistent index whose fields cover those attributes, so
 * the loop reads the index in order (or in reverse for DESC) and no SortNode is needed. A loop that already looks
 * up a persistent index keeps it when the sorted attributes follow its equality prefix. Like the server, it only
 * applies when the loop is not inside another loop of the same (sub)query, and never with a sparse or array
 * index (those leave documents out or repeat them).
 */
final class IndexSortPlanner {
    private IndexSortPlanner() {
    }

    /** Whether the sort is now answered by an index (the caller then adds no SortNode). */
    static boolean sortByIndex(Analyzer a, List<PlanNode.SortKey> keys) {
        List<PlanNode> nodes = a.nodes;
        int at = nodes.size() - 1;
        while (at >= 0 && (nodes.get(at) instanceof PlanNode.Calculation || nodes.get(at) instanceof PlanNode.Filter)) {
            at--;
        }
        if (at < 0 || insideAnotherLoop(nodes.subList(0, at))) {
            return false;
        }
        boolean ascending = keys.get(0).ascending();
        if (keys.stream().anyMatch(k -> k.ascending() != ascending)) {
            return false;
        }
        PlanNode loop = nodes.get(at);
        PlanNode sorted = null;
        if (loop instanceof PlanNode.EnumerateCollection ec && ec.useIndexes()) {
            List<String> paths = sortPaths(nodes.subList(at + 1, nodes.size()), keys, ec.out());
            sorted = paths == null ? null : fullIndexScan(a, ec, paths, ascending);
        } else if (loop instanceof PlanNode.IndexScan scan && scan.index().isSorted() && !scan.in()) {
            List<String> paths = sortPaths(nodes.subList(at + 1, nodes.size()), keys, scan.out());
            boolean covered = paths != null && covers(scan.index().fields(), scan.equals().size(), paths);
            sorted = covered ? scan.inOrder(ascending) : null;
        }
        if (sorted == null) {
            return false;
        }
        nodes.set(at, sorted);
        return true;
    }

    private static boolean insideAnotherLoop(List<PlanNode> before) {
        return before.stream().anyMatch(n -> n instanceof PlanNode.EnumerateCollection
                || n instanceof PlanNode.IndexScan || n instanceof PlanNode.EnumerateList
                || n instanceof PlanNode.Traversal || n instanceof PlanNode.PathSearch);
    }

    /** The attribute path of the loop variable that each sort key reads, or null when one reads something else. */
    private static List<String> sortPaths(List<PlanNode> after, List<PlanNode.SortKey> keys, Variable loopVar) {
        List<String> paths = new ArrayList<>();
        for (PlanNode.SortKey key : keys) {
            PlanNode.Calculation calc = after.stream()
                    .filter(n -> n instanceof PlanNode.Calculation c && c.out().equals(key.var()))
                    .map(PlanNode.Calculation.class::cast).findFirst().orElse(null);
            String path = calc == null ? null : Conditions.path(calc.expr().ast(), calc.expr().refs(), loopVar);
            if (path == null) {
                return null;
            }
            paths.add(path);
        }
        return paths;
    }

    /** A whole-collection scan of the first index that yields documents in the sort's order. */
    private static PlanNode fullIndexScan(Analyzer a, PlanNode.EnumerateCollection ec, List<String> paths,
                                          boolean ascending) {
        CatalogCollection collection = a.state.catalog.collection(ec.collection()).orElse(null);
        if (collection == null) {
            return null;
        }
        for (IndexDescriptor index : collection.indexes()) {
            if (index.isSorted() && !index.sparse() && covers(index.fields(), 0, paths)) {
                return new PlanNode.IndexScan(ec.id(), ec.collection(), ec.out(), index, List.of(), false, null,
                        false, null, false, null, ascending);
            }
        }
        return null;
    }

    /**
     * Whether reading the index in order sorts by {@code paths}: they must be consecutive index fields, and may
     * start after fields that the lookup fixes by equality ({@code fixed} leading fields).
     */
    private static boolean covers(List<String> fields, int fixed, List<String> paths) {
        if (fields.stream().anyMatch(f -> f.contains("[*]"))) {
            return false;
        }
        int matched = 0;
        for (int i = 0; i < fields.size() && matched < paths.size(); i++) {
            if (fields.get(i).equals(paths.get(matched))) {
                matched++;
            } else if (matched > 0 || i >= fixed) {
                return false;
            }
        }
        return matched == paths.size();
    }
}
