package io.arangomcp.toolpacks.query.tools.read;

import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Alias;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.Range;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.query.QueryPack;
import io.arangomcp.toolpacks.query.tools.read.IndexAdvisor.IndexSuggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tool: explains how the database would run a query, without running it, and suggests indexes.
 */
public final class ExplainQueryTool implements Tool<ExplainQueryTool.Arguments, ExplainQueryTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.database("arango_explain_query", "Explain query",
            QueryPack.INDEXING, OperationKind.READ,
            "Explains how the database would run an AQL query, without running it: the execution plan(s) with "
                    + "their nodes (full scans show as EnumerateCollectionNode, index use as IndexNode), estimated "
                    + "cost, collections, whether it modifies data, warnings and optimizer statistics. With "
                    + "suggest_indexes it names the collections scanned in full and the attributes they are filtered "
                    + "on, where an index would help. Fails with QUERY_ERROR for invalid queries. Needs explain "
                    + "support (AQL).");

    public record Arguments(
            @Doc("The AQL query.") @Required @Size(min = 1) String query,
            @Doc("Values for the query's bind parameters, e.g. {\"min\": 18, \"@coll\": \"users\"}.")
            @Alias("bindVars") Map<String, Object> bind_vars,
            @Doc("Look for full collection scans an index could avoid.") @Default("true") boolean suggest_indexes,
            @Doc("How many alternative plans to return (1: only the one the optimizer picks).") @Default("1")
            @Range(min = 1, max = 10) int max_plans) {
    }

    public record Result(
            @Doc("The plans, the chosen one first; each has nodes, rules, collections, variables, estimatedCost.")
            List<Map<String, Object>> plans,
            @Doc("Warnings the optimizer raised.") List<Object> warnings,
            @Doc("Optimizer statistics: rulesExecuted, plansCreated, executionTime, ...") Map<String, Object> stats,
            @Doc("Whether the query result may be cached.") Boolean cacheable,
            @Doc("Whether the chosen plan writes data.") Boolean is_modification_query,
            @Doc("The chosen plan's estimated cost.") Object estimated_cost,
            @Doc("With suggest_indexes: full scans an index could avoid.") List<IndexSuggestion> index_suggestions) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Result call(Arguments a, ToolContext context) {
        Map<String, Object> bindVars = a.bind_vars() == null ? Map.of() : a.bind_vars();
        boolean allPlans = a.max_plans() > 1;
        Map<String, Object> explain = context.database().explain(a.query(), bindVars, allPlans, a.max_plans());
        List<Map<String, Object>> plans = new ArrayList<>();
        if (explain.get("plan") instanceof Map<?, ?> plan) {
            plans.add((Map<String, Object>) plan);
        }
        if (explain.get("plans") instanceof List<?> list) {
            list.stream().filter(Map.class::isInstance).forEach(p -> plans.add((Map<String, Object>) p));
        }
        Map<String, Object> chosen = plans.isEmpty() ? Map.of() : plans.get(0);
        List<Object> warnings = explain.get("warnings") instanceof List<?> w ? List.copyOf(w) : List.of();
        Map<String, Object> stats = explain.get("stats") instanceof Map<?, ?> s ? (Map<String, Object>) s : Map.of();
        return new Result(plans, warnings, stats, explain.get("cacheable") instanceof Boolean b ? b : null,
                chosen.get("isModificationQuery") instanceof Boolean b ? b : null, chosen.get("estimatedCost"),
                a.suggest_indexes() ? IndexAdvisor.suggest(chosen) : null);
    }

    @Override
    public String text(Result r) {
        StringBuilder text = new StringBuilder("Plan");
        if (!r.plans().isEmpty() && r.plans().get(0).get("nodes") instanceof List<?> nodes) {
            text.append(": ");
            List<String> types = new ArrayList<>();
            nodes.forEach(n -> types.add(n instanceof Map<?, ?> m ? String.valueOf(m.get("type")) : "?"));
            text.append(String.join(" -> ", types));
        }
        text.append(" (estimated cost ").append(r.estimated_cost()).append(")");
        if (r.index_suggestions() != null) {
            for (IndexSuggestion s : r.index_suggestions()) {
                text.append("\nSuggestion: index ").append(s.collection()).append(" on ").append(s.fields());
            }
        }
        return text.toString();
    }
}
