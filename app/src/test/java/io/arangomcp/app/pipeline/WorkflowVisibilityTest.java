package io.arangomcp.app.pipeline;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.domain.session.SessionState;
import io.arangomcp.domain.workflow.Stage;
import io.arangomcp.domain.workflow.Workflow;
import io.arangomcp.domain.workflow.WorkflowCatalog;
import io.arangomcp.ports.in.ToolDescriptor;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.ToolSpec;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WorkflowVisibilityTest {
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private final WorkflowVisibility visibility = new WorkflowVisibility(WorkflowCatalog.standard());

    private static ToolDescriptor db(String name) {
        return new ToolDescriptor(ToolSpec.database(name, "T", "c", OperationKind.READ, "d."), "p", Map.of(), Map.of());
    }

    private static ToolDescriptor server(String name) {
        return new ToolDescriptor(ToolSpec.server(name, "T", "c", OperationKind.META, "d."), "p", Map.of(), Map.of());
    }

    private static ToolDescriptor alias(String name, String of) {
        return new ToolDescriptor(new ToolSpec(name, "T", "d.", "aliases", OperationKind.READ, true, of), "p",
                Map.of(), Map.of());
    }

    private static SessionState in(String workflow) {
        return SessionState.create("s", NOW, workflow);
    }

    @Test
    void fullShowsEveryToolButTheUnloadedOnes() {
        SessionState full = in("full").withUnloaded(Set.of("arango_backup"));

        assertThat(visibility.isVisible(db("arango_traverse"), full)).isTrue();
        assertThat(visibility.isVisible(db("vendor_tool"), full)).isTrue();
        assertThat(visibility.isVisible(db("arango_backup"), full)).isFalse();
    }

    @Test
    void aWorkflowShowsItsToolsAndTheStagesTools() {
        SessionState baseline = in("baseline");

        assertThat(visibility.isVisible(db("arango_insert"), baseline)).isTrue();
        assertThat(visibility.isVisible(db("arango_create_graph"), baseline)).as("stage setup").isTrue();
        assertThat(visibility.isVisible(db("arango_traverse"), baseline)).isFalse();
        assertThat(visibility.isVisible(db("arango_traverse"), baseline.withStage("analysis"))).isTrue();
        assertThat(visibility.isVisible(db("arango_traverse"), in("graph_modeling"))).isTrue();
    }

    @Test
    void sessionToolsAndUngovernedToolsStayVisible() {
        SessionState baseline = in("baseline");

        assertThat(visibility.isVisible(server("arango_switch_workflow"), baseline)).isTrue();
        assertThat(visibility.isVisible(server("arango_database_status"), baseline)).isTrue();
        assertThat(visibility.isVisible(db("vendor_tool_from_a_plugin"), baseline)).isTrue();
        assertThat(visibility.isVisible(server("arango_set_focused_database"),
                baseline.withUnloaded(Set.of("arango_set_focused_database")))).isFalse();
    }

    @Test
    void anAliasFollowsTheToolItAliases() {
        assertThat(visibility.isVisible(alias("arango_add_vertex", "arango_insert"), in("baseline"))).isTrue();
        assertThat(visibility.isVisible(alias("arango_graph_traversal", "arango_traverse"), in("baseline")))
                .isFalse();
        assertThat(visibility.isVisible(alias("arango_graph_traversal", "arango_traverse"), in("graph_modeling")))
                .isTrue();
    }

    @Test
    void anUnknownWorkflowShowsEverythingRatherThanNothing() {
        assertThat(visibility.isVisible(db("arango_traverse"), in("retired_workflow"))).isTrue();
    }

    @Test
    void theHiddenErrorNamesTheWorkflowsAndStagesThatOfferTheTool() {
        ArangoMcpException e = visibility.hidden(db("arango_traverse"), in("baseline"));

        assertThat(e.code()).isEqualTo(ErrorCode.TOOL_NOT_AVAILABLE);
        assertThat(e.getMessage()).isEqualTo("tool 'arango_traverse' is not available in workflow 'baseline' at "
                + "stage 'setup'; it is offered by workflow 'graph_modeling', stage 'analysis', workflow 'full'");
        assertThat(e.details()).containsEntry("offered_by_workflows", List.of("graph_modeling"))
                .containsEntry("offered_by_stages", List.of("analysis")).containsEntry("workflow", "baseline");
        assertThat(e.hint()).isEqualTo("Call arango_switch_workflow with context 'graph_modeling' (or 'full' for "
                + "every tool), or arango_advance_workflow_stage with stage 'analysis'.");
    }

    @Test
    void theHiddenErrorOfAnAliasNamesWhereItsTargetIs() {
        ArangoMcpException e = visibility.hidden(alias("arango_graph_traversal", "arango_traverse"), in("baseline"));

        assertThat(e.details()).containsEntry("tool", "arango_graph_traversal")
                .containsEntry("offered_by_workflows", List.of("graph_modeling"));
    }

    @Test
    void theHiddenErrorOfAnUnloadedToolSaysHowToLoadItAgain() {
        ArangoMcpException e = visibility.hidden(db("arango_insert"),
                in("baseline").withUnloaded(Set.of("arango_insert")));

        assertThat(e.getMessage()).isEqualTo("tool 'arango_insert' was unloaded by this session");
        assertThat(e.details()).containsEntry("unloaded", true);
        assertThat(e.hint()).contains("arango_switch_workflow").contains("'baseline'");
    }

    @Test
    void withoutACatchAllWorkflowTheHintNamesOnlyRealWays() {
        WorkflowVisibility narrow = new WorkflowVisibility(new WorkflowCatalog(
                List.of(new Workflow("a", "A.", List.of("t1"), false)),
                List.of(new Stage("s", "S.", List.of("t2")))));
        SessionState session = SessionState.create("x", NOW, "a").withStage("s");

        assertThat(narrow.hidden(db("t1"), session.withStage("other")).hint())
                .isEqualTo("Call arango_switch_workflow with context 'a'.");
        assertThat(narrow.hidden(db("t2"), SessionState.create("x", NOW, "a").withStage("none")).hint())
                .isEqualTo("Call arango_advance_workflow_stage with stage 's'.");
        assertThat(narrow.isVisible(db("t2"), session)).isTrue();
    }
}
