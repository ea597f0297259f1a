package io.arangomcp.aql.plan;

import java.util.List;
import java.util.Set;

/**
 * A planned query: its nodes, variables, the collections it reads and writes, and whether it modifies data.
 *
 * @param nodes        the top-level plan (subqueries nest inside their nodes)
 * @param variables    every variable, indexed by register slot
 * @param read         collections read
 * @param write        collections written
 * @param modification whether the query writes
 */
public record QueryPlan(List<PlanNode> nodes, List<Variable> variables, Set<String> read, Set<String> write,
                        boolean modification) {
    public QueryPlan {
        nodes = List.copyOf(nodes);
        variables = List.copyOf(variables);
        read = Set.copyOf(read);
        write = Set.copyOf(write);
    }

    public int registers() {
        return variables.size();
    }
}
