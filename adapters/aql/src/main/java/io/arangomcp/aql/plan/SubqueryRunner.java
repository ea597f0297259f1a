package io.arangomcp.aql.plan;

import io.arangomcp.aql.eval.QueryContext;
import java.util.List;

/** Runs a subquery plan for the current row and returns its results (implemented by the executor layer). */
@FunctionalInterface
public interface SubqueryRunner {

    List<Object> run(List<PlanNode> body, QueryContext q);
}
