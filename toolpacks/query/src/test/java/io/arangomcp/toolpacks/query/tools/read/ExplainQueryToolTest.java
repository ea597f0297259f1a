package io.arangomcp.toolpacks.query.tools.read;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.query.QueryPack;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

@SuppressWarnings("unchecked")
class ExplainQueryToolTest {
    private static final String TOOL = "arango_explain_query";
    /** A plan as ArangoDB 3.12 explains FOR u IN users FILTER u.age > @min RETURN u. */
    static final Map<String, Object> PLAN = Map.of(
            "nodes", List.of(
                    Map.of("type", "SingletonNode", "id", 1),
                    Map.of("type", "EnumerateCollectionNode", "id", 2, "collection", "users",
                            "outVariable", Map.of("id", 0, "name", "u")),
                    Map.of("type", "CalculationNode", "id", 3, "outVariable", Map.of("id", 2, "name", "#1"),
                            "expression", Map.of("type", "compare >", "subNodes", List.of(
                                    Map.of("type", "attribute access", "name", "age", "subNodes",
                                            List.of(Map.of("type", "reference", "name", "u", "id", 0))),
                                    Map.of("type", "value", "value", 18)))),
                    Map.of("type", "FilterNode", "id", 4, "inVariable", Map.of("id", 2, "name", "#1")),
                    Map.of("type", "ReturnNode", "id", 5, "inVariable", Map.of("id", 0, "name", "u"))),
            "collections", List.of(Map.of("name", "users", "type", "read")),
            "estimatedCost", 104, "isModificationQuery", false);
    private final ToolPackHarness pack = ToolPackHarness.of(new QueryPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db).build();

    @Test
    void returnsTheRealPlanWarningsStatsAndSuggestions() {
        when(db.explain("FOR u IN users FILTER u.age > @min RETURN u", Map.of("min", 18), false, 1))
                .thenReturn(Map.of("plan", PLAN, "warnings", List.of(Map.of("code", 1, "message", "w")),
                        "stats", Map.of("plansCreated", 1), "cacheable", true));

        Map<String, Object> r = pack.call(TOOL, Map.of("query", "FOR u IN users FILTER u.age > @min RETURN u",
                "bind_vars", Map.of("min", 18)), context);

        assertThat((List<Object>) r.get("plans")).containsExactly(PLAN);
        assertThat(r).containsEntry("is_modification_query", false).containsEntry("estimated_cost", 104)
                .containsEntry("cacheable", true).containsEntry("stats", Map.of("plansCreated", 1));
        assertThat((List<Object>) r.get("warnings")).hasSize(1);
        assertThat((List<Map<String, Object>>) r.get("index_suggestions")).singleElement().satisfies(s -> assertThat(s)
                .containsEntry("collection", "users").containsEntry("fields", List.of("age"))
                .containsEntry("node_id", 2));
    }

    @Test
    void asksForSeveralPlansAndCanLeaveSuggestionsOut() {
        when(db.explain(anyString(), anyMap(), eq(true), eq(3))).thenReturn(Map.of("plans", List.of(PLAN, PLAN)));

        Map<String, Object> r = pack.call(TOOL, Map.of("query", "FOR u IN users RETURN u", "max_plans", 3,
                "suggest_indexes", false), context);

        assertThat((List<Object>) r.get("plans")).hasSize(2);
        assertThat(r).doesNotContainKeys("index_suggestions", "cacheable").containsEntry("warnings", List.of());
    }

    @Test
    void rendersThePlanAsText() {
        ExplainQueryTool tool = new ExplainQueryTool();
        ExplainQueryTool.Result result = new ExplainQueryTool.Result(List.of(PLAN), List.of(), Map.of(), null, false,
                104, IndexAdvisor.suggest(PLAN));
        assertThat(tool.text(result)).isEqualTo("Plan: SingletonNode -> EnumerateCollectionNode -> CalculationNode"
                + " -> FilterNode -> ReturnNode (estimated cost 104)\nSuggestion: index users on [age]");
        assertThat(tool.text(new ExplainQueryTool.Result(List.of(), List.of(), Map.of(), null, null, null, null)))
                .isEqualTo("Plan (estimated cost null)");
    }

    @Test
    void invalidQueriesFailAsQueryErrors() {
        when(db.explain(anyString(), anyMap(), eq(false), anyInt())).thenThrow(ArangoErrors.QUERY_PARSE.error());

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("query", "FOR"), context))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.QUERY_ERROR));
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("query", "", "max_plans", 11)))
                .hasMessageContaining("'query'").hasMessageContaining("'max_plans' must be at most 10");
    }
}
