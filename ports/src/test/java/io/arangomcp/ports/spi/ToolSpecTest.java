package io.arangomcp.ports.spi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToolSpecTest {
    private final ToolSpec traverse = ToolSpec.database("arango_traverse", "Traverse graph", "graph_basic",
            OperationKind.READ, "Walks a graph from a start vertex.");

    @Test
    void databaseToolsAreDatabaseScoped() {
        assertThat(traverse.databaseScoped()).isTrue();
        assertThat(traverse.aliasOf()).isNull();
        assertThat(traverse.kind()).isEqualTo(OperationKind.READ);
        assertThat(traverse.category()).isEqualTo("graph_basic");
    }

    @Test
    void serverToolsAreNot() {
        ToolSpec s = ToolSpec.server("arango_list_workflows", "List workflows", "mcp_patterns", OperationKind.META,
                "Lists the workflows.");

        assertThat(s.databaseScoped()).isFalse();
        assertThat(s.description()).isEqualTo("Lists the workflows.");
    }

    @Test
    void aliasAsKeepsBehaviourAndPointsToTheOriginal() {
        ToolSpec alias = traverse.aliasAs("arango_graph_traversal", "Graph traversal");

        assertThat(alias.name()).isEqualTo("arango_graph_traversal");
        assertThat(alias.title()).isEqualTo("Graph traversal");
        assertThat(alias.aliasOf()).isEqualTo("arango_traverse");
        assertThat(alias.description()).isEqualTo("Walks a graph from a start vertex. (Alias of arango_traverse.)");
        assertThat(alias.category()).isEqualTo(traverse.category());
        assertThat(alias.kind()).isEqualTo(traverse.kind());
        assertThat(alias.databaseScoped()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "arango_insert", "vendor.tool-1",
            "t234567890123456789012345678901234567890123456789012345678901234"})
    void acceptsNamesOfLettersDigitsAndSeparators(String name) {
        assertThat(ToolSpec.server(name, "T", "c", OperationKind.META, "d").name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "slash/name", "ünïcode",
            "t2345678901234567890123456789012345678901234567890123456789012345"})
    void refusesOtherNamesShowingThem(String name) {
        assertThatThrownBy(() -> ToolSpec.server(name, "T", "c", OperationKind.META, "d"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tool name must be 1-64 characters of letters, digits, '_', '-' or '.', got '" + name + "'");
    }

    @Test
    void refusesANullName() {
        assertThatThrownBy(() -> ToolSpec.server(null, "T", "c", OperationKind.META, "d"))
                .hasMessageEndingWith("got 'null'");
    }

    @Test
    void needsTitleDescriptionCategoryAndKind() {
        assertThatThrownBy(() -> ToolSpec.server("t", " ", "c", OperationKind.META, "d"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tool 't' needs a title");
        assertThatThrownBy(() -> ToolSpec.server("t", "T", "c", OperationKind.META, null))
                .hasMessage("tool 't' needs a description");
        assertThatThrownBy(() -> ToolSpec.server("t", "T", "", OperationKind.META, "d"))
                .hasMessage("tool 't' needs a category");
        assertThatThrownBy(() -> ToolSpec.server("t", "T", "c", null, "d")).hasMessage("kind is null");
    }
}
