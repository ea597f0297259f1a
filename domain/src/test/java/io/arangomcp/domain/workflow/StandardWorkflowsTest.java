package io.arangomcp.domain.workflow;

import io.arangomcp.domain.session.SessionState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StandardWorkflowsTest {
    private final WorkflowCatalog standard = WorkflowCatalog.standard();

    @Test
    void hasTheSixReferenceWorkflowsInOrder() {
        assertThat(standard.workflows()).extracting(Workflow::id).containsExactly(
                "baseline", "data_analysis", "graph_modeling", "bulk_operations", "schema_validation", "full");
        assertThat(standard.workflows()).extracting(w -> w.tools().size()).containsExactly(7, 9, 10, 6, 6, 0);
    }

    @Test
    void hasTheFourReferenceStagesInOrder() {
        assertThat(standard.stages()).extracting(Stage::id)
                .containsExactly("setup", "data_loading", "analysis", "cleanup");
        assertThat(standard.stages()).extracting(s -> s.tools().size()).containsExactly(7, 4, 6, 4);
    }

    @Test
    void fullOffersEveryToolIncludingOnesAddedLater() {
        Workflow full = standard.workflow("full");

        assertThat(full.allTools()).isTrue();
        assertThat(full.offers("arango_set_focused_database")).isTrue();
        assertThat(full.offers("vendor_tool_from_a_plugin")).isTrue();
        assertThat(standard.workflows()).filteredOn(Workflow::allTools).extracting(Workflow::id)
                .containsExactly("full");
    }

    @Test
    void keepsTheReferenceToolOrder() {
        assertThat(standard.workflow("baseline").tools()).containsExactly("arango_query", "arango_list_collections",
                "arango_insert", "arango_update", "arango_remove", "arango_create_collection", "arango_backup");
        assertThat(standard.stage("cleanup").tools()).containsExactly("arango_backup", "arango_backup_graph",
                "arango_backup_named_graphs", "arango_validate_graph_integrity");
    }

    @Test
    void everyListedToolHasTheArangoPrefix() {
        standard.workflows().forEach(w -> assertThat(w.tools()).allMatch(t -> t.startsWith("arango_")));
        standard.stages().forEach(s -> assertThat(s.tools()).allMatch(t -> t.startsWith("arango_")));
    }

    @Test
    void queryIsOfferedByEverySpecificWorkflow() {
        assertThat(standard.workflowsOffering("arango_query")).containsExactly(
                "baseline", "data_analysis", "graph_modeling", "bulk_operations", "schema_validation");
        assertThat(standard.workflowsOffering("arango_traverse")).containsExactly("graph_modeling");
    }

    @Test
    void indexManagementAndGraphRestoreBelongToAWorkflowOrStage() {
        assertThat(standard.workflowsOffering("arango_create_index")).containsExactly("data_analysis");
        assertThat(standard.workflowsOffering("arango_delete_index")).containsExactly("data_analysis");
        assertThat(standard.stagesOffering("arango_create_index")).containsExactly("setup");
        assertThat(standard.stagesOffering("arango_restore_graph")).containsExactly("setup");
        assertThat(standard.stagesOffering("arango_query")).containsExactly("analysis");
    }

    @Test
    void knowsWhichToolsItGoverns() {
        assertThat(standard.mentions("arango_backup_graph")).isTrue();
        assertThat(standard.mentions("arango_traverse")).isTrue();
        assertThat(standard.mentions("arango_bulk_update")).isTrue();
        assertThat(standard.mentions("arango_switch_workflow")).isFalse();
        assertThat(standard.mentions("vendor_tool_from_a_plugin")).isFalse();
    }

    @Test
    void aNewSessionStartsInAKnownWorkflowAndStage() {
        assertThat(standard.findWorkflow(SessionState.INITIAL_WORKFLOW)).isPresent();
        assertThat(standard.findStage(SessionState.INITIAL_STAGE)).isPresent();
    }
}
