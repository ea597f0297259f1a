package io.arangomcp.domain.workflow;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class WorkflowCatalogTest {
    private final Workflow reading = new Workflow("reading", "r", List.of("t_read", "t_list"), false);
    private final Workflow writing = new Workflow("writing", "w", List.of("t_write", "t_read"), false);
    private final Workflow all = new Workflow("all", "everything", List.of(), true);
    private final Stage first = new Stage("first", "f", List.of("t_read"));
    private final Stage second = new Stage("second", "s", List.of());
    private final WorkflowCatalog catalog =
            new WorkflowCatalog(List.of(reading, all, writing), List.of(first, second));

    @Test
    void keepsTheGivenOrder() {
        assertThat(catalog.workflows()).containsExactly(reading, all, writing);
        assertThat(catalog.stages()).containsExactly(first, second);
    }

    @Test
    void findsByIdAndReturnsEmptyForUnknownOrNull() {
        assertThat(catalog.findWorkflow("writing")).contains(writing);
        assertThat(catalog.findWorkflow("nope")).isEmpty();
        assertThat(catalog.findWorkflow(null)).isEmpty();
        assertThat(catalog.findStage("second")).contains(second);
        assertThat(catalog.findStage("nope")).isEmpty();
        assertThat(catalog.findStage(null)).isEmpty();
    }

    @Test
    void unknownWorkflowIsAnArgumentErrorListingTheKnownOnes() {
        assertThat(catalog.workflow("reading")).isSameAs(reading);
        ArangoMcpException e = catchThrowableOfType(ArangoMcpException.class, () -> catalog.workflow("nope"));

        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
        assertThat(e.getMessage()).isEqualTo("unknown workflow 'nope'");
        assertThat(e.details()).containsEntry("available_workflows", List.of("reading", "all", "writing"));
    }

    @Test
    void unknownStageIsAnArgumentErrorListingTheKnownOnes() {
        assertThat(catalog.stage("first")).isSameAs(first);
        ArangoMcpException e = catchThrowableOfType(ArangoMcpException.class, () -> catalog.stage("last"));

        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
        assertThat(e.getMessage()).isEqualTo("unknown stage 'last'");
        assertThat(e.details()).containsEntry("available_stages", List.of("first", "second"));
    }

    @Test
    void workflowsOfferingListsSpecificWorkflowsInCatalogOrder() {
        assertThat(catalog.workflowsOffering("t_read")).containsExactly("reading", "writing");
        assertThat(catalog.workflowsOffering("t_write")).containsExactly("writing");
    }

    @Test
    void workflowsOfferingLeavesOutCatchAllWorkflows() {
        assertThat(catalog.workflowsOffering("t_unknown")).isEmpty();
    }

    @Test
    void refusesDuplicateIds() {
        assertThatThrownBy(() -> new WorkflowCatalog(List.of(reading, reading), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate workflow 'reading'");
        assertThatThrownBy(() -> new WorkflowCatalog(List.of(), List.of(first, first)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate stage 'first'");
    }

    @Test
    void listsCannotBeChangedFromOutside() {
        assertThatThrownBy(() -> catalog.workflows().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> catalog.stages().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
