package io.arangomcp.ports.out.gateway;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphInfoTest {

    @Test
    void vertexCollectionsAreListedOnceInFirstMentionOrder() {
        GraphInfo g = new GraphInfo("social", List.of(
                new EdgeDefinition("knows", List.of("persons"), List.of("persons", "bots")),
                new EdgeDefinition("owns", List.of("companies", "persons"), List.of("cars"))),
                List.of("archive", "bots"));

        assertThat(g.vertexCollections()).containsExactly("persons", "bots", "companies", "cars", "archive");
        assertThat(g.edgeCollections()).containsExactly("knows", "owns");
    }

    @Test
    void aGraphWithOnlyOrphansListsThem() {
        GraphInfo g = new GraphInfo("g", List.of(), List.of("b", "a"));

        assertThat(g.vertexCollections()).containsExactly("b", "a");
        assertThat(g.edgeCollections()).isEmpty();
    }

    @Test
    void listsAreCopied() {
        List<String> from = new ArrayList<>(List.of("a"));
        List<EdgeDefinition> definitions = new ArrayList<>(List.of(new EdgeDefinition("e", from, List.of("b"))));
        GraphInfo g = new GraphInfo("g", definitions, List.of());
        from.add("x");
        definitions.clear();

        assertThat(g.edgeDefinitions()).hasSize(1);
        assertThat(g.edgeDefinitions().get(0).from()).containsExactly("a");
    }

    @Test
    void namesAreRequired() {
        assertThatThrownBy(() -> new GraphInfo(null, List.of(), List.of())).hasMessage("name is null");
        assertThatThrownBy(() -> new EdgeDefinition(null, List.of(), List.of())).hasMessage("collection is null");
    }
}
