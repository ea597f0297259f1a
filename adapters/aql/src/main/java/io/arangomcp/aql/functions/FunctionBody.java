package io.arangomcp.aql.functions;

import io.arangomcp.aql.eval.QueryContext;

/** The implementation of one AQL function: evaluated arguments in, value out. */
@FunctionalInterface
public interface FunctionBody {

    /** Calls the function; wrong argument types usually warn (1542) and return null. */
    Object call(QueryContext q, Object[] args);
}
