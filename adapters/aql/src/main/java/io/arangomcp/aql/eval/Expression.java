package io.arangomcp.aql.eval;

/**
 * A compiled AQL expression: evaluates against the registers and services of a running query. Built once per
 * query by the analyzer's expression compiler.
 */
@FunctionalInterface
public interface Expression {

    /** The value of this expression for the current row of {@code q}. */
    Object evaluate(QueryContext q);
}
