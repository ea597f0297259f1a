package io.arangomcp.toolpacks.query.tools.read;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IndexAdvisorTest {
    @Test
    void readsTheTextExpressionsOfTheInMemoryEngine() {
        Map<String, Object> plan = Map.of("nodes", List.of(
                Map.of("type", "EnumerateCollectionNode", "id", 2, "collection", "users", "outVariable",
                        Map.of("name", "u")),
                Map.of("type", "CalculationNode", "outVariable", Map.of("name", "#1"),
                        "expression", "(u.address.city == \"Paris\") && (u.age > 3) && (nu.x == 1)"),
                Map.of("type", "CalculationNode", "outVariable", Map.of("name", "#2"), "expression", "u.name"),
                Map.of("type", "FilterNode", "inVariable", Map.of("name", "#1"))));

        assertThat(IndexAdvisor.suggest(plan)).singleElement().satisfies(s -> {
            assertThat(s.fields()).containsExactly("address.city", "age");
            assertThat(s.reason()).contains("every document of 'users'");
        });
    }

    @Test
    void readsFiltersMovedIntoTheScanAndNestedAccesses() {
        Map<String, Object> access = Map.of("type", "attribute access", "name", "city", "subNodes", List.of(
                Map.of("type", "attribute access", "name", "address", "subNodes",
                        List.of(Map.of("type", "reference", "name", "u")))));
        Map<String, Object> plan = Map.of("nodes", List.of(Map.of("type", "EnumerateCollectionNode",
                "collection", "users", "outVariable", Map.of("name", "u"),
                "filter", Map.of("type", "compare ==", "subNodes", List.of(access,
                        Map.of("type", "attribute access", "name", "x", "subNodes", List.of(
                                Map.of("type", "function call", "name", "NOOPT"))))))));

        assertThat(IndexAdvisor.suggest(plan)).singleElement().satisfies(s -> {
            assertThat(s.fields()).containsExactly("address.city");
            assertThat(s.node_id()).isNull();
        });
    }

    @Test
    void suggestsNothingForIndexedOrUnfilteredPlans() {
        assertThat(IndexAdvisor.suggest(Map.of("nodes", List.of(Map.of("type", "IndexNode"), "junk")))).isEmpty();
        assertThat(IndexAdvisor.suggest(Map.of("nodes", List.of(Map.of("type", "EnumerateCollectionNode",
                "collection", "users", "outVariable", "u"))))).isEmpty();
        assertThat(IndexAdvisor.suggest(Map.of())).isEmpty();
        assertThat(IndexAdvisor.suggest(null)).isEmpty();
        assertThat(IndexAdvisor.suggest(Map.of("nodes", List.of(Map.of("type", "EnumerateCollectionNode",
                "collection", "c", "outVariable", Map.of("name", "d"), "filter", Map.of("type", "attribute access",
                        "name", "a", "subNodes", List.of())))))).isEmpty();
    }
}
