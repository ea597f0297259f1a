package io.arangomcp.domain.workflow;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workflows and stages a session can switch between, as data, in a stable order.
 *
 * <p>{@link #standard()} holds the six workflows and four stages of the reference server (its tables, with
 * {@code full} meaning every registered tool rather than a snapshot of 34).
 */
public final class WorkflowCatalog {
    private final Map<String, Workflow> workflows;
    private final Map<String, Stage> stages;

    public WorkflowCatalog(List<Workflow> workflows, List<Stage> stages) {
        this.workflows = index(workflows, Workflow::id, "workflow");
        this.stages = index(stages, Stage::id, "stage");
    }

    /** The reference server's workflows and stages. */
    public static WorkflowCatalog standard() {
        return StandardWorkflows.catalog();
    }

    public List<Workflow> workflows() {
        return List.copyOf(workflows.values());
    }

    public List<Stage> stages() {
        return List.copyOf(stages.values());
    }

    public Optional<Workflow> findWorkflow(String id) {
        return Optional.ofNullable(id == null ? null : workflows.get(id));
    }

    public Optional<Stage> findStage(String id) {
        return Optional.ofNullable(id == null ? null : stages.get(id));
    }

    /** The workflow with this id, or an {@code INVALID_ARGUMENTS} error listing the known ids. */
    public Workflow workflow(String id) {
        return findWorkflow(id).orElseThrow(() -> ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS,
                        "unknown workflow '" + id + "'")
                .detail("available_workflows", List.copyOf(workflows.keySet()))
                .build());
    }

    /** The stage with this id, or an {@code INVALID_ARGUMENTS} error listing the known ids. */
    public Stage stage(String id) {
        return findStage(id).orElseThrow(() -> ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS,
                        "unknown stage '" + id + "'")
                .detail("available_stages", List.copyOf(stages.keySet()))
                .build());
    }

    /** The ids of the workflows (other than catch-all ones) that offer {@code tool}, in catalog order. */
    public List<String> workflowsOffering(String tool) {
        List<String> ids = new ArrayList<>();
        for (Workflow w : workflows.values()) {
            if (!w.allTools() && w.tools().contains(tool)) {
                ids.add(w.id());
            }
        }
        return ids;
    }

    /** The ids of the stages that offer {@code tool}, in catalog order. */
    public List<String> stagesOffering(String tool) {
        List<String> ids = new ArrayList<>();
        for (Stage s : stages.values()) {
            if (s.tools().contains(tool)) {
                ids.add(s.id());
            }
        }
        return ids;
    }

    /**
     * Whether any workflow (other than catch-all ones) or stage names {@code tool}. Tools nobody names, such as
     * a plug-in's, are not governed by workflows.
     */
    public boolean mentions(String tool) {
        return !workflowsOffering(tool).isEmpty() || !stagesOffering(tool).isEmpty();
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id, String what) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            if (map.putIfAbsent(id.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate " + what + " '" + id.apply(item) + "'");
            }
        }
        return map;
    }
}
