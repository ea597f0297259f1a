package io.arangomcp.domain.session;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionStateTest {
    private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(5);
    private static final Instant T2 = T0.plusSeconds(10);

    private final SessionState fresh = SessionState.create("s1", T0);

    @Test
    void aNewSessionStartsInFullAndSetupWithNothingElse() {
        assertThat(fresh.sessionId()).isEqualTo("s1");
        assertThat(fresh.focusedDatabase()).isNull();
        assertThat(fresh.workflow()).isEqualTo("full");
        assertThat(fresh.stage()).isEqualTo("setup");
        assertThat(fresh.unloadedTools()).isEmpty();
        assertThat(fresh.usage()).isEmpty();
        assertThat(fresh.createdAt()).isEqualTo(T0);
        assertThat(fresh.lastSeen()).isEqualTo(T0);
    }

    @Test
    void aHostMayStartSessionsInAnotherWorkflow() {
        SessionState s = SessionState.create("s2", T0, "baseline");

        assertThat(s.workflow()).isEqualTo("baseline");
        assertThat(s.stage()).isEqualTo(SessionState.INITIAL_STAGE);
        assertThat(s.unloadedTools()).isEmpty();
        assertThatThrownBy(() -> SessionState.create("s3", T0, null)).hasMessage("workflow is null");
    }

    @Test
    void refusesMissingIdWorkflowStageOrTimes() {
        assertThatThrownBy(() -> SessionState.create("", T0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sessionId is required");
        assertThatThrownBy(() -> SessionState.create(null, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fresh.withWorkflow(null)).hasMessage("workflow is null");
        assertThatThrownBy(() -> fresh.withStage(null)).hasMessage("stage is null");
        assertThatThrownBy(() -> SessionState.create("s", null)).hasMessage("createdAt is null");
        assertThatThrownBy(() -> new SessionState("s", null, "w", "s", Set.of(), Map.of(), T0, null))
                .hasMessage("lastSeen is null");
    }

    @Test
    void focusChangesNothingElse() {
        SessionState focused = fresh.withStage("analysis").withUsage("arango_query", T1).withFocus("prod");

        assertThat(focused.focusedDatabase()).isEqualTo("prod");
        assertThat(focused.stage()).isEqualTo("analysis");
        assertThat(focused.usage()).containsOnlyKeys("arango_query");
        assertThat(focused.withFocus(null).focusedDatabase()).isNull();
    }

    @Test
    void switchingWorkflowKeepsFocusStageAndUsageButReloadsTools() {
        SessionState before = fresh.withFocus("prod").withStage("cleanup").withUsage("arango_query", T1)
                .withUnloaded(Set.of("arango_backup"));

        SessionState after = before.withWorkflow("graph_modeling");

        assertThat(after.workflow()).isEqualTo("graph_modeling");
        assertThat(after.focusedDatabase()).isEqualTo("prod");
        assertThat(after.stage()).isEqualTo("cleanup");
        assertThat(after.usage()).isEqualTo(before.usage());
        assertThat(after.unloadedTools()).isEmpty();
    }

    @Test
    void changingStageKeepsFocusWorkflowAndUnloadedTools() {
        SessionState after = fresh.withFocus("prod").withUnloaded(Set.of("arango_backup")).withStage("analysis");

        assertThat(after.stage()).isEqualTo("analysis");
        assertThat(after.focusedDatabase()).isEqualTo("prod");
        assertThat(after.workflow()).isEqualTo(SessionState.INITIAL_WORKFLOW);
        assertThat(after.unloadedTools()).containsExactly("arango_backup");
    }

    @Test
    void unloadedToolsAreCopiedInOrderAndCannotBeChanged() {
        Set<String> tools = new LinkedHashSet<>(List.of("b", "a"));
        SessionState s = fresh.withUnloaded(tools);
        tools.add("c");

        assertThat(s.unloadedTools()).containsExactly("b", "a");
        assertThatThrownBy(() -> s.unloadedTools().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void firstUseRecordsOneCallAndAdvancesLastSeen() {
        SessionState s = fresh.withUsage("arango_query", T1);

        assertThat(s.usage()).containsEntry("arango_query", new ToolUsage(T1, T1, 1));
        assertThat(s.lastSeen()).isEqualTo(T1);
        assertThat(s.createdAt()).isEqualTo(T0);
    }

    @Test
    void laterUsesMergeIntoTheFirstInFirstUseOrder() {
        SessionState s = fresh.withUsage("arango_query", T1).withUsage("arango_insert", T1)
                .withUsage("arango_query", T2);

        assertThat(s.usage().keySet()).containsExactly("arango_query", "arango_insert");
        assertThat(s.usage().get("arango_query")).isEqualTo(new ToolUsage(T1, T2, 2));
        assertThat(s.usage().get("arango_insert").count()).isEqualTo(1);
        assertThat(s.lastSeen()).isEqualTo(T2);
    }

    @Test
    void aClockGoingBackNeverMovesLastSeenBack() {
        SessionState s = fresh.withUsage("arango_query", T2).withUsage("arango_query", T1);

        assertThat(s.lastSeen()).isEqualTo(T2);
        assertThat(s.usage().get("arango_query").lastUsed()).isEqualTo(T2);
    }

    @Test
    void usageIsNeverSharedWithEarlierStates() {
        SessionState first = fresh.withUsage("arango_query", T1);
        first.withUsage("arango_query", T2);

        assertThat(first.usage().get("arango_query").count()).isEqualTo(1);
        assertThat(fresh.usage()).isEmpty();
        assertThatThrownBy(() -> first.usage().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void touchingMovesLastSeenOnlyForward() {
        assertThat(fresh.touchedAt(T1).lastSeen()).isEqualTo(T1);
        SessionState later = fresh.touchedAt(T2);
        assertThat(later.touchedAt(T1)).isSameAs(later);
        assertThat(later.touchedAt(T2)).isSameAs(later);
    }
}
