package io.arangomcp.domain.workflow;

import java.util.List;
import java.util.Objects;

/**
 * A lifecycle stage of a session's work ({@code setup}, {@code data_loading}, {@code analysis},
 * {@code cleanup}) and the tools that stage emphasises.
 *
 * @param id          the stage id
 * @param description what happens in this stage
 * @param tools       the stage's tools, in display order
 */
public record Stage(String id, String description, List<String> tools) {
    public Stage {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(description, "description is null");
        tools = List.copyOf(tools);
    }
}
