package io.arangomcp.domain.workflow;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkflowTest {

    @Test
    void offersOnlyItsTools() {
        Workflow w = new Workflow("w", "d", List.of("arango_query"), false);

        assertThat(w.offers("arango_query")).isTrue();
        assertThat(w.offers("arango_insert")).isFalse();
    }

    @Test
    void aCatchAllWorkflowOffersEverything() {
        Workflow full = new Workflow("full", "all", List.of(), true);

        assertThat(full.offers("arango_anything")).isTrue();
        assertThat(full.offers("vendor.custom_tool")).isTrue();
    }

    @Test
    void toolsAreCopied() {
        List<String> tools = new ArrayList<>(List.of("a"));
        Workflow w = new Workflow("w", "d", tools, false);
        Stage s = new Stage("s", "d", tools);
        tools.add("b");

        assertThat(w.tools()).containsExactly("a");
        assertThat(s.tools()).containsExactly("a");
    }

    @Test
    void idAndDescriptionAreRequired() {
        assertThatThrownBy(() -> new Workflow(null, "d", List.of(), false)).hasMessage("id is null");
        assertThatThrownBy(() -> new Workflow("w", null, List.of(), false)).hasMessage("description is null");
        assertThatThrownBy(() -> new Stage(null, "d", List.of())).hasMessage("id is null");
        assertThatThrownBy(() -> new Stage("s", null, List.of())).hasMessage("description is null");
    }
}
