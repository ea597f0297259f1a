package io.arangomcp.aql.ast;

import java.util.List;

/**
 * A parsed query or subquery: the collections named by a leading {@code WITH} and the statements in order.
 *
 * @param with       collections declared with WITH (top level only)
 * @param statements the operations; the last one is RETURN or a data modification
 */
public record Query(List<CollectionRef> with, List<Statement> statements) {
    public Query {
        with = List.copyOf(with);
        statements = List.copyOf(statements);
    }
}
