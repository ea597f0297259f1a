package io.arangomcp.aql.plan;

import io.arangomcp.aql.ast.Binding;
import io.arangomcp.aql.ast.Direction;
import io.arangomcp.aql.catalog.IndexDescriptor;
import java.util.List;
import java.util.Map;

/**
 * The nodes of an execution plan, named and numbered as ArangoDB names them in explain output. A (sub)query
 * plan is a list of nodes, each consuming the rows of the one before.
 */
public sealed interface PlanNode {

    /** The node id (ArangoDB numbers nodes in creation order, the singleton being 1). */
    int id();

    /** The ArangoDB node type name. */
    String type();

    /** The start of every (sub)query: one empty row (or the outer row in a subquery). */
    record Singleton(int id) implements PlanNode {
        public String type() {
            return "SingletonNode";
        }
    }

    /** A full scan of a collection in insertion order ({@code useIndexes} false for OPTIONS disableIndex). */
    record EnumerateCollection(int id, String collection, Variable out, boolean useIndexes) implements PlanNode {
        public String type() {
            return "EnumerateCollectionNode";
        }
    }

    /**
     * An index lookup: equality on {@code equals} (one value each for a prefix of the index fields; for the
     * primary index a key or id, for the edge index a vertex id), then an optional range on the next field.
     * Values are evaluated when the scan starts, per input row. With {@code in}, the last equality value is an
     * array of alternatives ({@code IN}). {@code edgeAttribute} is {@code _from}/{@code _to} for the edge index
     * and {@code _id} when a primary lookup is by document id. A sorted index answers in index order, or in
     * reverse when not {@code ascending} (it then stands for a SORT … DESC).
     */
    record IndexScan(int id, String collection, Variable out, IndexDescriptor index, List<CompiledExpr> equals,
                     boolean in, CompiledExpr lower, boolean lowerInclusive, CompiledExpr upper,
                     boolean upperInclusive, String edgeAttribute, boolean ascending) implements PlanNode {
        public String type() {
            return "IndexNode";
        }

        /** The same lookup read in the given direction. */
        public IndexScan inOrder(boolean ascendingOrder) {
            return new IndexScan(id, collection, out, index, equals, in, lower, lowerInclusive, upper,
                    upperInclusive, edgeAttribute, ascendingOrder);
        }
    }

    /** FOR over an array value, with an optional destructuring of each element. */
    record EnumerateList(int id, Variable in, Variable out, Binding pattern, Map<String, Variable> patternVars)
            implements PlanNode {
        public String type() {
            return "EnumerateListNode";
        }
    }

    /** Computes an expression into a variable. */
    record Calculation(int id, Variable out, CompiledExpr expr) implements PlanNode {
        public String type() {
            return "CalculationNode";
        }
    }

    /** Keeps the rows whose variable is truthy. */
    record Filter(int id, Variable in) implements PlanNode {
        public String type() {
            return "FilterNode";
        }
    }

    /** One sort key. */
    record SortKey(Variable var, boolean ascending) {
    }

    /** Sorts all rows (stable); {@code limit} &ge; 0 keeps only the first rows (fused SORT + LIMIT). */
    record Sort(int id, List<SortKey> keys, long limit) implements PlanNode {
        public String type() {
            return "SortNode";
        }
    }

    /** Skips {@code offset} rows and passes {@code count}; with {@code fullCount} it counts the rest. */
    record Limit(int id, long offset, long count, boolean fullCount) implements PlanNode {
        public String type() {
            return "LimitNode";
        }
    }

    /** A group variable and the variable it is computed from. */
    record GroupVar(Variable out, Variable in) {
    }

    /** An aggregate: the output variable, the aggregate function and its input (null for LENGTH/COUNT()). */
    record AggregateVar(Variable out, String function, Variable in) {
    }

    /**
     * COLLECT: groups by {@code groups}, computes {@code aggregates}, gathers {@code into} (the value of
     * {@code intoExpr}, or an object of the {@code keep} variables), counts into {@code count}. Output is sorted
     * by the group values unless {@code sorted} is false.
     */
    record Collect(int id, List<GroupVar> groups, List<AggregateVar> aggregates, Variable into, Variable intoExpr,
                   Map<String, Variable> keep, Variable count, boolean sorted, String method) implements PlanNode {
        public String type() {
            return "CollectNode";
        }
    }

    /** WINDOW: row-based ({@code rangeVar} null) or range-based aggregation over neighbouring rows. */
    record Window(int id, Variable rangeVar, Object preceding, Object following, List<AggregateVar> aggregates)
            implements PlanNode {
        public String type() {
            return "WindowNode";
        }
    }

    /** Produces the value of a variable as a result row (DISTINCT drops repeats). */
    record Return(int id, Variable in, boolean distinct) implements PlanNode {
        public String type() {
            return "ReturnNode";
        }
    }

    /** Runs a subquery per row and stores the array of its results. */
    record Subquery(int id, List<PlanNode> body, Variable out) implements PlanNode {
        public String type() {
            return "SubqueryNode";
        }
    }

    /** The kinds of data modification. */
    enum ModificationKind { INSERT, UPDATE, REPLACE, REMOVE }

    /**
     * INSERT, UPDATE, REPLACE or REMOVE. {@code document} is the document (INSERT), the changes (UPDATE/REPLACE)
     * or the key (REMOVE); {@code key} the separate key of {@code UPDATE key WITH doc}, else null.
     */
    record Modification(int id, ModificationKind kind, String collection, Variable document, Variable key,
                        Map<String, Object> options, Variable newVar, Variable oldVar) implements PlanNode {
        public String type() {
            return switch (kind) {
                case INSERT -> "InsertNode";
                case UPDATE -> "UpdateNode";
                case REPLACE -> "ReplaceNode";
                default -> "RemoveNode";
            };
        }
    }

    /**
     * UPSERT: finds the first document matching {@code search} (an example object) or {@code filter} (a
     * condition on {@code current}), stores it in {@code oldVar}, then inserts {@code insert} or applies
     * {@code update} (a replacement when {@code replace}).
     */
    record Upsert(int id, String collection, Variable search, CompiledExpr filter, Variable current,
                  CompiledExpr insert, CompiledExpr update, boolean replace, Map<String, Object> options,
                  Variable oldVar, Variable newVar) implements PlanNode {
        public String type() {
            return "UpsertNode";
        }
    }

    /** An edge collection of a traversal or path search with the direction it is followed in. */
    record EdgeCollection(String name, Direction direction) {
    }

    /** A graph traversal producing vertex, edge and path variables (any may be null when unused). */
    record Traversal(int id, Variable start, long minDepth, long maxDepth, List<EdgeCollection> edges,
                     Variable vertex, Variable edge, Variable path, Variable pruneVar, CompiledExpr prune,
                     Map<String, Object> options, String graphName) implements PlanNode {
        public String type() {
            return "TraversalNode";
        }
    }

    /** SHORTEST_PATH, K_SHORTEST_PATHS, K_PATHS or ALL_SHORTEST_PATHS. */
    record PathSearch(int id, String kind, Variable source, Variable target, long minDepth, long maxDepth,
                      List<EdgeCollection> edges, Variable vertexOrPath, Variable edge, Map<String, Object> options,
                      String graphName) implements PlanNode {
        public String type() {
            return kind.equals("SHORTEST_PATH") ? "ShortestPathNode" : "EnumeratePathsNode";
        }
    }

    /** Produces no rows (a FILTER that is always false). */
    record NoResults(int id) implements PlanNode {
        public String type() {
            return "NoResultsNode";
        }
    }
}
