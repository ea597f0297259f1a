package io.arangomcp.toolpacks.query.tools.query;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.spi.Limits;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ScriptedQueryCursor;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.query.QueryPack;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class QueryBuilderToolTest {
    private static final String TOOL = "arango_query_builder";
    private final ToolPackHarness pack = ToolPackHarness.of(new QueryPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db)
            .limits(new Limits(2, 1 << 20, Duration.ofSeconds(5), 10)).build();

    @Test
    void bindsTheCollectionEveryFieldNameAndEveryValue() {
        Map<String, Object> r = pack.call(TOOL, Map.of("collection", "my-users", "filters", List.of(
                Map.of("field", "address.city", "value", "Paris"),
                Map.of("field", "age", "op", ">=", "value", 18),
                Map.of("field", "name", "op", "LIKE", "value", "a%"),
                Map.of("field", "role", "op", "NOT IN", "value", List.of("bot"))),
                "sort", List.of(Map.of("field", "age", "direction", "DESC"), Map.of("field", "name")),
                "return_fields", List.of("name", "address.city"), "offset", 5, "dry_run", true), context);

        assertThat(r.get("query")).isEqualTo("FOR doc IN @@collection FILTER doc[@f0_0][@f0_1] == @v0 AND "
                + "doc[@f1_0] >= @v1 AND LIKE(doc[@f2_0], @v2, true) AND doc[@f3_0] NOT IN @v3 SORT doc[@s0_0] DESC, "
                + "doc[@s1_0] ASC LIMIT @offset, @count RETURN ZIP(@names, [doc[@r0_0], doc[@r1_0][@r1_1]])");
        Map<String, Object> expected = new HashMap<>(Map.of("@collection", "my-users", "f0_0", "address",
                "f0_1", "city", "v0", "Paris", "f1_0", "age", "v1", 18, "f2_0", "name", "v2", "a%", "f3_0", "role"));
        expected.putAll(Map.of("v3", List.of("bot"), "s0_0", "age", "s1_0", "name", "offset", 5, "count", 3,
                "r0_0", "name", "r1_0", "address", "r1_1", "city", "names", List.of("name", "address.city")));
        assertThat(r.get("bind_vars")).isEqualTo(expected);
        assertThat(r).doesNotContainKeys("rows", "count").containsEntry("truncated", false);
        verifyNoInteractions(db);
    }

    @Test
    void runsTheQueryAndSaysWhenTheServersCapCutIt() {
        when(db.query(eq("FOR doc IN @@collection LIMIT @offset, @count RETURN doc"), eq(Map.of("@collection",
                "users", "offset", 0, "count", 3)), any())).thenReturn(ScriptedQueryCursor.of(List.of(1, 2, 3)));

        Map<String, Object> r = pack.call(TOOL, Map.of("collection", "users", "limit", 0), context);

        assertThat(r).containsEntry("rows", List.of(1, 2)).containsEntry("count", 2).containsEntry("truncated", true)
                .containsEntry("truncated_by", "rows");
    }

    @Test
    void aLimitWithinTheCapIsTheCallersOwn() {
        when(db.query(any(), eq(Map.of("@collection", "users", "offset", 0, "count", 1)), any()))
                .thenReturn(ScriptedQueryCursor.of(List.of(1)));

        assertThat(pack.call(TOOL, Map.of("collection", "users", "limit", 1), context))
                .containsEntry("truncated", false).containsEntry("count", 1);
    }

    @Test
    void refusesBadPathsInValuesAndUnknownOperators() {
        assertThatThrownBy(() -> pack.call(TOOL, Map.of("collection", "u", "filters",
                List.of(Map.of("field", "a..b", "value", 1))), context))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS));
        assertThatThrownBy(() -> pack.call(TOOL, Map.of("collection", "u", "filters",
                List.of(Map.of("field", "a", "op", "IN", "value", 1))), context))
                .hasMessageContaining("must be an array");
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("collection", "u", "filters",
                List.of(Map.of("field", "a", "op", "=~")), "sort", List.of(Map.of("field", "a", "direction", "UP")))))
                .hasMessageContaining("'filters[0].op' must be one of")
                .hasMessageContaining("'sort[0].direction' must be one of");
    }
}
