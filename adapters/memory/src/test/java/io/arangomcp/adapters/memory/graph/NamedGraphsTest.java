package io.arangomcp.adapters.memory.graph;

import io.arangomcp.adapters.memory.store.MemoryDatabase;
import io.arangomcp.adapters.memory.store.SchemaCompiler;
import io.arangomcp.adapters.memory.store.ServerClock;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;
import io.arangomcp.ports.out.gateway.WriteOptions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NamedGraphsTest {

    private final MemoryDatabase database = new MemoryDatabase("db", new ServerClock(Clock.systemUTC()),
            new SchemaCompiler());
    private final NamedGraphs graphs = new NamedGraphs(database);

    private <T> T write(Supplier<T> work) {
        return database.write(work);
    }

    private static void assertErrorNum(ThrowingCallable call, int errorNum) {
        assertThatThrownBy(call).isInstanceOf(DatabaseError.class).hasFieldOrPropertyWithValue("errorNum", errorNum);
    }

    private static GraphInfo graph(String name, String edges, String vertices) {
        return new GraphInfo(name, List.of(new EdgeDefinition(edges, List.of(vertices), List.of(vertices))),
                List.of());
    }

    @Test
    void refusesMissingAndIllegalGraphNames() {
        assertErrorNum(() -> write(() -> graphs.create(graph("", "e", "v"))), 1922);
        assertErrorNum(() -> write(() -> graphs.create(graph("has space", "e", "v"))), 1221);
    }

    @Test
    void refusesAnEdgeCollectionAsOrphan() {
        write(() -> graphs.create(graph("g", "e", "v")));
        write(() -> database.createCollection("links", CollectionSpec.of(CollectionType.EDGE)));

        assertErrorNum(() -> write(() -> graphs.addVertexCollection("g", "links")), 1927);
    }

    @Test
    void keepsExistingCollectionsWhenAddingOrphans() {
        write(() -> graphs.create(graph("g", "e", "v")));
        write(() -> database.createCollection("extra", CollectionSpec.of(CollectionType.DOCUMENT)));

        assertThat(write(() -> graphs.addVertexCollection("g", "extra")).orphanCollections())
                .containsExactly("extra");
    }

    @Test
    void dropsOnlyCollectionsThatStillExist() {
        write(() -> graphs.create(new GraphInfo("g", List.of(new EdgeDefinition("e", List.of("v"), List.of("w"))),
                List.of("o"))));
        write(() -> {
            database.dropCollection("w");
            graphs.drop("g", true);
            return null;
        });

        assertThat(database.findCollection("e")).isEmpty();
        assertThat(database.findCollection("v")).isEmpty();
        assertThat(database.findCollection("o")).isEmpty();
    }

    @Test
    void reportsCorruptGraphDocuments() {
        write(() -> database.documents().insert("_graphs", Map.of("_key", "broken", "edgeDefinitions", "nope"),
                WriteOptions.defaults()));

        assertErrorNum(() -> database.read(graphs::list), 1941);
        assertErrorNum(() -> database.read(() -> graphs.get("broken")), 1941);
    }

    @Test
    void answersAnEmptyListWithoutTheGraphsCollection() {
        write(() -> {
            database.dropCollection("_graphs");
            return null;
        });

        assertThat(database.read(graphs::list)).isEmpty();
        assertErrorNum(() -> database.read(() -> graphs.get("g")), 1924);
        graphs.checkNotInGraph("anything");
    }

    @Test
    void removesAnOrphanAndDropsItOnlyWhenAsked() {
        write(() -> graphs.create(new GraphInfo("g", List.of(), List.of("kept", "dropped"))));

        GraphInfo changed = write(() -> graphs.removeVertexCollection("g", "kept", false));
        write(() -> graphs.removeVertexCollection("g", "dropped", true));

        assertThat(changed.orphanCollections()).containsExactly("dropped");
        assertThat(graphs.get("g").orphanCollections()).isEmpty();
        assertThat(database.findCollection("kept")).isPresent();
        assertThat(database.findCollection("dropped")).isEmpty();
        assertErrorNum(() -> write(() -> graphs.removeVertexCollection("g", "kept", false)), 1928);
    }

    @Test
    void refusesToRemoveAVertexCollectionThatAnEdgeDefinitionUses() {
        write(() -> graphs.create(graph("g", "e", "v")));

        assertErrorNum(() -> write(() -> graphs.removeVertexCollection("g", "v", false)), 1928);
    }

    @Test
    void replacesAnEdgeDefinitionKeepingUnusedVertexCollectionsAsOrphans() {
        write(() -> graphs.create(graph("g", "e", "v")));

        GraphInfo changed = write(() -> graphs.replaceEdgeDefinition("g",
                new EdgeDefinition("e", List.of("a"), List.of("b"))));

        assertThat(changed.edgeDefinitions()).containsExactly(new EdgeDefinition("e", List.of("a"), List.of("b")));
        assertThat(changed.orphanCollections()).containsExactly("v");
        assertThat(database.findCollection("a")).isPresent();
        assertErrorNum(() -> write(() -> graphs.replaceEdgeDefinition("g",
                new EdgeDefinition("other", List.of("a"), List.of("b")))), 1930);
    }

    @Test
    void removesAnEdgeDefinitionAndDropsItsCollectionWhenAsked() {
        write(() -> graphs.create(new GraphInfo("g", List.of(new EdgeDefinition("e", List.of("v"), List.of("v")),
                new EdgeDefinition("f", List.of("w"), List.of("w"))), List.of())));

        GraphInfo changed = write(() -> graphs.removeEdgeDefinition("g", "e", true));
        write(() -> graphs.removeEdgeDefinition("g", "f", false));

        assertThat(changed.edgeCollections()).containsExactly("f");
        assertThat(changed.orphanCollections()).containsExactly("v");
        assertThat(database.findCollection("e")).isEmpty();
        assertThat(database.findCollection("f")).isPresent();
        assertErrorNum(() -> write(() -> graphs.removeEdgeDefinition("g", "e", false)), 1930);
    }

    @Test
    void renamingACollectionRenamesItInEveryGraph() {
        write(() -> graphs.create(new GraphInfo("g", List.of(new EdgeDefinition("e", List.of("a"), List.of("b"))),
                List.of("o"))));
        write(() -> graphs.create(graph("h", "f", "b")));

        write(() -> graphs.renameCollection("b", "z"));
        write(() -> graphs.renameCollection("e", "links"));
        write(() -> graphs.renameCollection("o", "lonely"));

        assertThat(graphs.get("g")).isEqualTo(new GraphInfo("g",
                List.of(new EdgeDefinition("links", List.of("a"), List.of("z"))), List.of("lonely")));
        assertThat(graphs.get("h")).isEqualTo(graph("h", "f", "z"));
        assertThat(database.findCollection("z")).isPresent();
    }

    @Test
    void aFailedRenameLeavesTheGraphsAlone() {
        write(() -> graphs.create(graph("g", "e", "v")));

        assertErrorNum(() -> write(() -> graphs.renameCollection("v", "e")), 1207);
        assertThat(graphs.get("g")).isEqualTo(graph("g", "e", "v"));
    }
}
