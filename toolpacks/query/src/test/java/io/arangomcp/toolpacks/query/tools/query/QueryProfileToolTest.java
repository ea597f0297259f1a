package io.arangomcp.toolpacks.query.tools.query;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.Capability;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.QueryOptions;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ScriptedQueryCursor;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.query.QueryPack;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class QueryProfileToolTest {
    private static final String TOOL = "arango_query_profile";
    private final ToolPackHarness pack = ToolPackHarness.of(new QueryPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);

    @Test
    void runsTheQueryProfiledAndReportsPhasesNodesAndASample() {
        when(db.capabilities()).thenReturn(Set.of(Capability.AQL, Capability.PROFILE));
        Map<String, Object> extra = Map.of("profile", Map.of("executing", 0.2), "stats", Map.of("nodes",
                List.of(Map.of("id", 1, "calls", 2))), "plan", Map.of("nodes", List.of()), "warnings", List.of());
        ScriptedQueryCursor cursor = new ScriptedQueryCursor(List.of(List.of(1, 2), List.of(3)), extra);
        when(db.query(eq("FOR i IN 1..3 RETURN i"), eq(Map.of()), any())).thenReturn(cursor);

        Map<String, Object> r = pack.call(TOOL, Map.of("query", "FOR i IN 1..3 RETURN i", "sample_rows", 2),
                FakeToolContext.builder().gateway("app", db).build());

        assertThat(r).containsEntry("row_count", 3L).containsEntry("sample", List.of(1, 2))
                .containsEntry("profile", Map.of("executing", 0.2)).containsEntry("plan", Map.of("nodes", List.of()));
        ArgumentCaptor<QueryOptions> options = ArgumentCaptor.forClass(QueryOptions.class);
        verify(db).query(eq("FOR i IN 1..3 RETURN i"), eq(Map.of()), options.capture());
        assertThat(options.getValue().profile()).isEqualTo(2);
        assertThat(cursor.closed()).isTrue();
    }

    @Test
    void aSampleOfZeroRowsStillCountsThem() {
        when(db.capabilities()).thenReturn(Set.of(Capability.PROFILE));
        when(db.query(any(), any(), any())).thenReturn(new ScriptedQueryCursor(List.of(List.of(1)), null));

        Map<String, Object> r = pack.call(TOOL, Map.of("query", "RETURN 1", "sample_rows", 0, "bindVars", Map.of()),
                FakeToolContext.builder().gateway("app", db).build());

        assertThat(r).containsEntry("row_count", 1L).containsEntry("sample", List.of())
                .containsEntry("profile", Map.of()).doesNotContainKey("plan");
    }

    @Test
    void refusesWithoutProfilingSupportOrForWritesOnReadOnlyDatabases() {
        when(db.capabilities()).thenReturn(Set.of());
        assertThatThrownBy(() -> pack.call(TOOL, Map.of("query", "RETURN 1"),
                FakeToolContext.builder().gateway("app", db).build()))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_SUPPORTED));

        when(db.capabilities()).thenReturn(Set.of(Capability.PROFILE));
        when(db.explain(any(), any(), eq(false), eq(1))).thenReturn(Map.of("plan",
                Map.of("isModificationQuery", true)));
        assertThatThrownBy(() -> pack.call(TOOL, Map.of("query", "REMOVE 'a' IN c"),
                FakeToolContext.builder().gateway("app", db).readOnly(true).build()))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verify(db, never()).query(any(), any(), any());
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("sample_rows", -1)))
                .hasMessageContaining("'query' is required").hasMessageContaining("'sample_rows'");
    }
}
