package io.arangomcp.domain.workflow;

import java.util.List;
import java.util.Objects;

/**
 * A named working context that decides which tools a session sees, e.g. {@code graph_modeling}.
 *
 * @param id          the workflow id
 * @param description what the workflow is for
 * @param tools       the tools it offers, in display order; ignored when {@code allTools} is set
 * @param allTools    true for the workflow that offers every registered tool ({@code full})
 */
public record Workflow(String id, String description, List<String> tools, boolean allTools) {
    public Workflow {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(description, "description is null");
        tools = List.copyOf(tools);
    }

    /** Whether this workflow offers {@code tool}. */
    public boolean offers(String tool) {
        return allTools || tools.contains(tool);
    }
}
