package io.arangomcp.aql.ast;

import java.util.List;

/**
 * AQL operations (FOR, LET, FILTER, SORT, LIMIT, COLLECT, WINDOW, RETURN and the data modifications) as
 * parsed. Each records its source position for error messages.
 */
public sealed interface Statement {

    Pos pos();

    <R> R accept(Visitor<R> visitor);

    /** {@code FOR target IN source [SEARCH s] [OPTIONS o]} over a collection, view or array. */
    record For(Binding target, Expr source, Expr search, Expr options, Pos pos) implements Statement {
        public <R> R accept(Visitor<R> v) {
            return v.visitFor(this);
        }
    }

    /** {@code GRAPH name}, or a list of edge collections each with an optional own direction. */
    record GraphSpec(Expr graphName, List<EdgeCollection> edgeCollections) {
        public GraphSpec {
            edgeCollections = edgeCollections == null ? List.of() : List.copyOf(edgeCollections);
        }

        /** One edge collection of a list, optionally with its own direction. */
        public record EdgeCollection(CollectionRef collection, Direction direction) {
        }
    }

    /** {@code FOR v, e, p IN min..max DIR start GRAPH g [PRUNE [var =] cond] [OPTIONS o]}. */
    record Traversal(List<String> variables, Expr depth, Direction direction, Expr start, GraphSpec graph,
                     String pruneVariable, Expr prune, Expr options, Pos pos) implements Statement {
        public Traversal {
            variables = List.copyOf(variables);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitTraversal(this);
        }
    }

    /** The path searches. */
    enum PathKind { SHORTEST_PATH, K_SHORTEST_PATHS, K_PATHS, ALL_SHORTEST_PATHS }

    /** {@code FOR v[, e] IN [depth] DIR SHORTEST_PATH|K_… source TO target GRAPH g [OPTIONS o]}. */
    record PathSearch(PathKind kind, List<String> variables, Expr depth, Direction direction, Expr source,
                      Expr target, GraphSpec graph, Expr options, Pos pos) implements Statement {
        public PathSearch {
            variables = List.copyOf(variables);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitPathSearch(this);
        }
    }

    /** {@code LET target = value}. */
    record Let(Binding target, Expr value, Pos pos) implements Statement {
        public <R> R accept(Visitor<R> v) {
            return v.visitLet(this);
        }
    }

    /** {@code FILTER condition}. */
    record Filter(Expr condition, Pos pos) implements Statement {
        public <R> R accept(Visitor<R> v) {
            return v.visitFilter(this);
        }
    }

    /** One SORT criterion; {@code direction} is a bind parameter or literal when not ASC/DESC. */
    record SortItem(Expr expr, boolean ascending, Expr direction) {
    }

    /** {@code SORT e1 [ASC|DESC], …}. */
    record Sort(List<SortItem> items, Pos pos) implements Statement {
        public Sort {
            items = List.copyOf(items);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitSort(this);
        }
    }

    /** {@code LIMIT [offset,] count}; {@code offset} is null when absent. */
    record Limit(Expr offset, Expr count, Pos pos) implements Statement {
        public <R> R accept(Visitor<R> v) {
            return v.visitLimit(this);
        }
    }

    /** {@code name = expr} in COLLECT, AGGREGATE and WINDOW. */
    record Assignment(String name, Expr value, Pos pos) {
    }

    /**
     * {@code COLLECT groups AGGREGATE aggregates INTO into [= intoExpr | KEEP keep] WITH COUNT INTO countInto
     * OPTIONS options}; absent parts are empty or null.
     */
    record Collect(List<Assignment> groups, List<Assignment> aggregates, String into, Expr intoExpr,
                   List<String> keep, String countInto, Expr options, Pos pos) implements Statement {
        public Collect {
            groups = List.copyOf(groups);
            aggregates = List.copyOf(aggregates);
            keep = keep == null ? null : List.copyOf(keep);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitCollect(this);
        }
    }

    /** {@code WINDOW [rangeValue WITH] spec AGGREGATE …}; {@code rangeValue} is null for row-based windows. */
    record Window(Expr rangeValue, Expr spec, List<Assignment> aggregates, Pos pos) implements Statement {
        public Window {
            aggregates = List.copyOf(aggregates);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitWindow(this);
        }
    }

    /** {@code RETURN [DISTINCT] value}. */
    record Return(boolean distinct, Expr value, Pos pos) implements Statement {
        public <R> R accept(Visitor<R> v) {
            return v.visitReturn(this);
        }
    }

    /** {@code INSERT document INTO collection [OPTIONS o]}. */
    record Insert(Expr document, CollectionRef collection, Expr options, Pos pos) implements Statement {
        public <R> R accept(Visitor<R> v) {
            return v.visitInsert(this);
        }
    }

    /** {@code UPDATE|REPLACE [key WITH] document IN collection [OPTIONS o]}; {@code key} may be null. */
    record Update(boolean replace, Expr key, Expr document, CollectionRef collection, Expr options, Pos pos)
            implements Statement {
        public <R> R accept(Visitor<R> v) {
            return v.visitUpdate(this);
        }
    }

    /** {@code REMOVE key IN collection [OPTIONS o]}. */
    record Remove(Expr key, CollectionRef collection, Expr options, Pos pos) implements Statement {
        public <R> R accept(Visitor<R> v) {
            return v.visitRemove(this);
        }
    }

    /**
     * {@code UPSERT search|FILTER condition INSERT insert UPDATE|REPLACE update IN collection [OPTIONS o]};
     * exactly one of {@code search} and {@code filter} is set.
     */
    record Upsert(Expr search, Expr filter, Expr insert, Expr update, boolean replace, CollectionRef collection,
                  Expr options, Pos pos) implements Statement {
        public <R> R accept(Visitor<R> v) {
            return v.visitUpsert(this);
        }
    }

    /** Dispatch over statement kinds. */
    interface Visitor<R> {
        R visitFor(For s);

        R visitTraversal(Traversal s);

        R visitPathSearch(PathSearch s);

        R visitLet(Let s);

        R visitFilter(Filter s);

        R visitSort(Sort s);

        R visitLimit(Limit s);

        R visitCollect(Collect s);

        R visitWindow(Window s);

        R visitReturn(Return s);

        R visitInsert(Insert s);

        R visitUpdate(Update s);

        R visitRemove(Remove s);

        R visitUpsert(Upsert s);
    }
}
