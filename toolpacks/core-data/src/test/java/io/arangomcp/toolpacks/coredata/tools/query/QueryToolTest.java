package io.arangomcp.toolpacks.coredata.tools.query;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.QueryCursor;
import io.arangomcp.ports.out.gateway.QueryOptions;
import io.arangomcp.ports.spi.Cancellation;
import io.arangomcp.ports.spi.Limits;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ScriptedQueryCursor;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.coredata.CoreDataPack;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class QueryToolTest {
    private static final String TOOL = "arango_query";
    private static final String QUERY = "FOR u IN users RETURN u";
    private final ToolPackHarness pack = ToolPackHarness.of(new CoreDataPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);

    @Test
    void returnsEveryRowWithWarningsAndStatsAndClosesTheCursor() {
        ScriptedQueryCursor cursor = new ScriptedQueryCursor(List.of(List.of(1, "two"), List.of(Map.of("x", 3))),
                Map.of("warnings", List.of(Map.of("code", 1562, "message", "division by zero")),
                        "stats", Map.of("writesExecuted", 0, "writesIgnored", 0)));
        when(db.query(eq(QUERY), eq(Map.of("min", 18)), any())).thenReturn(cursor);

        Map<String, Object> result = pack.call(TOOL, Map.of("query", QUERY, "bind_vars", Map.of("min", 18)),
                context().build());

        assertThat(result).isEqualTo(Map.of(
                "rows", List.of(1, "two", Map.of("x", 3)),
                "rowCount", 3,
                "truncated", false,
                "warnings", List.of(Map.of("code", 1562, "message", "division by zero")),
                "stats", Map.of("writesExecuted", 0, "writesIgnored", 0)));
        assertThat(cursor.closed()).isTrue();
    }

    @Test
    void passesTheTimeoutAsMaxRuntimeAndAsksForOneRowMoreThanTheCap() {
        when(db.query(anyString(), anyMap(), any())).thenReturn(ScriptedQueryCursor.of());
        FakeToolContext context = context().limits(new Limits(50, 1 << 20, Duration.ofMillis(2500), 10)).build();

        pack.call(TOOL, Map.of("query", QUERY), context);

        QueryOptions options = capturedOptions();
        assertThat(options.maxRuntime()).isEqualTo(2.5);
        assertThat(options.batchSize()).isEqualTo(51);
        verify(db).query(eq(QUERY), eq(Map.of()), any());
    }

    @Test
    void aLargeCapUsesTheServersBatchSizeAndAGivenBatchSizeIsKept() {
        when(db.query(anyString(), anyMap(), any())).thenReturn(ScriptedQueryCursor.of(), ScriptedQueryCursor.of());
        FakeToolContext context = context().limits(new Limits(5000, 1 << 20, Duration.ofSeconds(30), 10)).build();

        pack.call(TOOL, Map.of("query", QUERY), context);
        assertThat(capturedOptions().batchSize()).isEqualTo(1000);

        pack.call(TOOL, Map.of("query", QUERY, "batchSize", 7), context);
        assertThat(capturedOptions().batchSize()).isEqualTo(7);
    }

    @Test
    void stopsAtMaxRowsAndClosesTheCursorEarly() {
        ScriptedQueryCursor cursor = ScriptedQueryCursor.of(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7, 8, 9));
        when(db.query(anyString(), anyMap(), any())).thenReturn(cursor);

        Map<String, Object> result = pack.call(TOOL, Map.of("query", QUERY, "maxRows", 4), context().build());

        assertThat(result).containsEntry("rows", List.of(1, 2, 3, 4)).containsEntry("rowCount", 4)
                .containsEntry("truncated", true).containsEntry("truncatedBy", "rows");
        assertThat(cursor.batchesRead()).isEqualTo(2);
        assertThat(cursor.closed()).isTrue();
    }

    @Test
    void theServersRowCapWinsOverAHigherMaxRows() {
        when(db.query(anyString(), anyMap(), any())).thenReturn(ScriptedQueryCursor.of(List.of(1, 2, 3)));
        FakeToolContext context = context().limits(new Limits(2, 1 << 20, Duration.ofSeconds(30), 10)).build();

        Map<String, Object> result = pack.call(TOOL, Map.of("query", QUERY, "maxRows", 100), context);

        assertThat(result).containsEntry("rows", List.of(1, 2)).containsEntry("truncatedBy", "rows");
    }

    @Test
    void exactlyTheCapIsNotTruncatedEvenWhenAnEmptyBatchFollows() {
        when(db.query(anyString(), anyMap(), any())).thenReturn(ScriptedQueryCursor.of(List.of(1, 2, 3), List.of()));

        Map<String, Object> result = pack.call(TOOL, Map.of("query", QUERY, "maxRows", 3), context().build());

        assertThat(result).containsEntry("rowCount", 3).containsEntry("truncated", false)
                .doesNotContainKey("truncatedBy");
    }

    @Test
    void stopsWhenTheNextRowWouldPassTheByteCap() {
        // Each row is "aaaa" (6 bytes as JSON); two rows and a comma make 13 bytes, a third would make 20.
        ScriptedQueryCursor cursor = ScriptedQueryCursor.of(List.of("aaaa", "aaaa"), List.of("aaaa"), List.of("b"));
        when(db.query(anyString(), anyMap(), any())).thenReturn(cursor);
        FakeToolContext context = context().limits(new Limits(100, 14, Duration.ofSeconds(30), 10)).build();

        Map<String, Object> result = pack.call(TOOL, Map.of("query", QUERY), context);

        assertThat(result).containsEntry("rows", List.of("aaaa", "aaaa")).containsEntry("truncatedBy", "bytes");
        assertThat(cursor.batchesRead()).isEqualTo(2);
        assertThat(cursor.closed()).isTrue();
    }

    @Test
    void aFirstRowLargerThanTheByteCapGivesNoRows() {
        when(db.query(anyString(), anyMap(), any())).thenReturn(ScriptedQueryCursor.of(List.of("a long string")));
        FakeToolContext context = context().limits(new Limits(100, 5, Duration.ofSeconds(30), 10)).build();

        assertThat(pack.call(TOOL, Map.of("query", QUERY), context)).containsEntry("rows", List.of())
                .containsEntry("rowCount", 0).containsEntry("truncated", true).containsEntry("truncatedBy", "bytes");
    }

    @Test
    void cancellationBetweenBatchesStopsTheQueryAndClosesTheCursor() {
        ScriptedQueryCursor cursor = ScriptedQueryCursor.of(List.of(1), List.of(2), List.of(3));
        when(db.query(anyString(), anyMap(), any())).thenReturn(cursor);
        AtomicInteger checks = new AtomicInteger();
        Cancellation cancelledAfterFirstBatch = () -> checks.incrementAndGet() > 1;

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("query", QUERY),
                context().cancellation(cancelledAfterFirstBatch).build()))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CANCELLED));
        assertThat(cursor.batchesRead()).isEqualTo(1);
        assertThat(cursor.closed()).isTrue();
    }

    @Test
    void theCursorIsClosedWhenFetchingFails() {
        QueryCursor cursor = mock(QueryCursor.class);
        when(cursor.nextBatch()).thenThrow(ArangoErrors.QUERY_KILLED.error());
        when(db.query(anyString(), anyMap(), any())).thenReturn(cursor);

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("query", QUERY), context().build()))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CANCELLED));
        verify(cursor).close();
    }

    @Test
    void queryErrorsPropagate() {
        when(db.query(anyString(), anyMap(), any())).thenThrow(ArangoErrors.QUERY_PARSE.error("syntax error, bad"));

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("query", "FOR"), context().build()))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.QUERY_ERROR));
    }

    @Test
    void missingOrOddExtraGivesEmptyWarningsAndStats() {
        Map<String, Object> oddWarnings = Map.of("warnings", List.of("not an object", Map.of("message", "m")));
        when(db.query(anyString(), anyMap(), any()))
                .thenReturn(new ScriptedQueryCursor(List.of(List.of(1)), null))
                .thenReturn(new ScriptedQueryCursor(List.of(List.of(1)), oddWarnings));

        assertThat(pack.call(TOOL, Map.of("query", QUERY), context().build()))
                .containsEntry("warnings", List.of()).containsEntry("stats", Map.of());
        assertThat(pack.call(TOOL, Map.of("query", QUERY), context().build()))
                .containsEntry("warnings", List.of(Map.of("code", 0, "message", "m")));
    }

    @Test
    void aReadOnlyDatabaseRefusesModifyingQueriesWithoutRunningThem() {
        when(db.explain("INSERT {} INTO users", Map.of(), false, 1))
                .thenReturn(Map.of("plan", Map.of("isModificationQuery", true)));

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("query", "INSERT {} INTO users"),
                context().readOnly(true).build()))
                .isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
                    assertThat(e.getMessage()).isEqualTo("database 'app' is read-only and this query modifies data");
                    assertThat(e.details()).containsEntry("database", "app");
                    assertThat(e.hint()).contains("read-only");
                });
        verify(db, never()).query(anyString(), anyMap(), any());
    }

    @Test
    void aReadOnlyDatabaseRefusesQueriesWhosePlanDoesNotSayTheyAreReadOnly() {
        when(db.explain(anyString(), anyMap(), eq(false), eq(1))).thenReturn(Map.of("plans", List.of()));

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("query", QUERY), context().readOnly(true).build()))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void aReadOnlyDatabaseRunsReadingQueries() {
        when(db.explain(QUERY, Map.of("min", 1), false, 1))
                .thenReturn(Map.of("plan", Map.of("isModificationQuery", false)));
        when(db.query(anyString(), anyMap(), any())).thenReturn(ScriptedQueryCursor.of(List.of(1)));

        assertThat(pack.call(TOOL, Map.of("query", QUERY, "bindVars", Map.of("min", 1)),
                context().readOnly(true).build())).containsEntry("rows", List.of(1));
    }

    @Test
    void aWritableDatabaseDoesNotExplainFirst() {
        when(db.query(anyString(), anyMap(), any())).thenReturn(ScriptedQueryCursor.of());

        pack.call(TOOL, Map.of("query", "INSERT {} INTO users"), context().build());

        verify(db, never()).explain(anyString(), anyMap(), eq(false), eq(1));
    }

    @Test
    void refusesInvalidArguments() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("query", "", "maxRows", 0, "batchSize", 0,
                "bindVars", List.of())))
                .isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
                    assertThat(e.getMessage()).contains("'query' must have at least 1 characters",
                            "'maxRows' must be at least 1", "'batchSize' must be at least 1",
                            "'bindVars' must be an object");
                });
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("query", QUERY, "maxRows", 100_001)))
                .hasMessageContaining("'maxRows' must be at most 100000");
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("query", QUERY, "bindVars", Map.of(),
                "bind_vars", Map.of())))
                .hasMessageContaining("was given twice");
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of()))
                .hasMessageContaining("'query' is required");
    }

    private FakeToolContext.Builder context() {
        return FakeToolContext.builder().gateway("app", db);
    }

    private QueryOptions capturedOptions() {
        ArgumentCaptor<QueryOptions> options = ArgumentCaptor.forClass(QueryOptions.class);
        verify(db, org.mockito.Mockito.atLeastOnce()).query(anyString(), anyMap(), options.capture());
        return options.getValue();
    }
}
