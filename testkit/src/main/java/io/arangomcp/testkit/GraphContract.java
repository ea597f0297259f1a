package io.arangomcp.testkit;

import io.arangomcp.ports.out.gateway.Capability;
import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.arangomcp.testkit.GatewayContractSupport.assertDatabaseError;
import static io.arangomcp.testkit.GatewayContractSupport.assertErrorNum;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Testkit: named graphs (capability {@code NAMED_GRAPHS}): creation with missing collections, the rule that an
 * edge collection is defined alike in every graph, orphans, extension, dropping, and ArangoDB's sorted form of
 * edge definitions.
 */
public interface GraphContract extends GatewayContractSupport {

    private static EdgeDefinition edges(String collection, List<String> from, List<String> to) {
        return new EdgeDefinition(collection, from, to);
    }

    private GraphInfo social() {
        assumeCapability(Capability.NAMED_GRAPHS);
        return gateway().createGraph(new GraphInfo("social",
                List.of(edges("knows", List.of("persons"), List.of("persons"))), List.of("places")));
    }

    @Test
    default void createsAGraphWithItsMissingCollections() {
        GraphInfo created = social();

        assertThat(created.edgeDefinitions()).containsExactly(edges("knows", List.of("persons"), List.of("persons")));
        assertThat(created.orphanCollections()).containsExactly("places");
        assertThat(gateway().collection("knows").type()).isEqualTo(CollectionType.EDGE);
        assertThat(gateway().collection("persons").type()).isEqualTo(CollectionType.DOCUMENT);
        assertThat(gateway().collection("places").type()).isEqualTo(CollectionType.DOCUMENT);
        assertThat(gateway().graph("social")).isEqualTo(created);
        assertThat(gateway().graphs()).containsExactly(created);
    }

    @Test
    default void sortsEdgeDefinitionsAndTheirVertexCollections() {
        assumeCapability(Capability.NAMED_GRAPHS);

        GraphInfo created = gateway().createGraph(new GraphInfo("g",
                List.of(edges("roads", List.of("towns", "cities", "towns"), List.of("cities")),
                        edges("lanes", List.of("towns"), List.of("villages"))), List.of("zoo", "farms")));

        assertThat(created.edgeCollections()).containsExactly("lanes", "roads");
        assertThat(created.edgeDefinitions().get(1).from()).containsExactly("cities", "towns");
        assertThat(created.orphanCollections()).containsExactly("farms", "zoo");
        assertThat(gateway().graph("g")).isEqualTo(created);
    }

    @Test
    default void usesExistingCollections() {
        assumeCapability(Capability.NAMED_GRAPHS);
        edgeCollection("knows");
        documentCollection("persons");
        insert("persons", GatewayContractSupport.doc("_key", "ada"));

        gateway().createGraph(new GraphInfo("social",
                List.of(edges("knows", List.of("persons"), List.of("persons"))), List.of()));

        assertThat(gateway().count("persons")).isEqualTo(1);
    }

    @Test
    default void refusesADuplicateGraphWith409And1925() {
        GraphInfo created = social();

        assertThat(assertDatabaseError(() -> gateway().createGraph(created), 409, 1925).getMessage())
                .isEqualTo("graph already exists");
    }

    @Test
    default void answers404And1924ForAnUnknownGraph() {
        assumeCapability(Capability.NAMED_GRAPHS);

        assertThat(assertDatabaseError(() -> gateway().graph("nope"), 404, 1924).getMessage())
                .isEqualTo("graph 'nope' not found");
        assertDatabaseError(() -> gateway().dropGraph("nope", false), 404, 1924);
        assertDatabaseError(() -> gateway().addVertexCollection("nope", "v"), 404, 1924);
        assertDatabaseError(() -> gateway().addEdgeDefinition("nope", edges("e", List.of("a"), List.of("b"))),
                404, 1924);
    }

    @Test
    default void refusesAnEdgeCollectionDefinedDifferentlyInAnotherGraphWith1921() {
        social();

        assertDatabaseError(() -> gateway().createGraph(new GraphInfo("other",
                List.of(edges("knows", List.of("robots"), List.of("persons"))), List.of())), 400, 1921);
        assertThat(gateway().graphs()).hasSize(1);
    }

    @Test
    default void letsGraphsShareAnEqualEdgeDefinition() {
        social();

        gateway().createGraph(new GraphInfo("again",
                List.of(edges("knows", List.of("persons"), List.of("persons"))), List.of()));

        assertThat(gateway().graphs()).extracting(GraphInfo::name).containsExactlyInAnyOrder("social", "again");
    }

    @Test
    default void refusesTheSameEdgeCollectionTwiceInOneGraphWith1920() {
        assumeCapability(Capability.NAMED_GRAPHS);

        assertDatabaseError(() -> gateway().createGraph(new GraphInfo("g", List.of(
                edges("e", List.of("a"), List.of("b")), edges("e", List.of("c"), List.of("d"))), List.of())),
                400, 1920);
    }

    @Test
    default void refusesAnEdgeDefinitionWithoutVertexCollectionsWith1923() {
        assumeCapability(Capability.NAMED_GRAPHS);

        assertDatabaseError(() -> gateway().createGraph(new GraphInfo("g",
                List.of(edges("e", List.of(), List.of("b"))), List.of())), 400, 1923);
    }

    @Test
    default void dropGraphKeepsItsCollectionsUnlessAsked() {
        social();

        gateway().dropGraph("social", false);

        assertDatabaseError(() -> gateway().graph("social"), 404, 1924);
        assertThat(gateway().collection("knows").name()).isEqualTo("knows");
        gateway().dropCollection("knows");
    }

    @Test
    default void dropGraphWithCollectionsKeepsThoseAnotherGraphUses() {
        social();
        gateway().createGraph(new GraphInfo("work",
                List.of(edges("worksAt", List.of("persons"), List.of("companies"))), List.of()));

        gateway().dropGraph("social", true);

        assertThat(gateway().collections()).extracting(CollectionInfo::name)
                .doesNotContain("knows", "places").contains("persons", "worksAt", "companies");
    }

    @Test
    default void addsAnOrphanVertexCollectionAndCreatesIt() {
        social();

        GraphInfo changed = gateway().addVertexCollection("social", "cities");

        assertThat(changed.orphanCollections()).containsExactly("cities", "places");
        assertThat(gateway().collection("cities").type()).isEqualTo(CollectionType.DOCUMENT);
        assertThat(gateway().graph("social")).isEqualTo(changed);
        assertErrorNum(() -> gateway().addVertexCollection("social", "cities"), 1938);
        assertErrorNum(() -> gateway().addVertexCollection("social", "persons"), 1929);
    }

    @Test
    default void addsAnEdgeDefinitionAndPromotesOrphansItUses() {
        social();

        GraphInfo changed = gateway().addEdgeDefinition("social",
                edges("visits", List.of("persons"), List.of("places")));

        assertThat(changed.edgeCollections()).containsExactly("knows", "visits");
        assertThat(changed.orphanCollections()).isEmpty();
        assertThat(gateway().collection("visits").type()).isEqualTo(CollectionType.EDGE);
        assertDatabaseError(() -> gateway().addEdgeDefinition("social",
                edges("visits", List.of("persons"), List.of("persons"))), 400, 1920);
    }

    @Test
    default void refusesToDropACollectionAGraphUses() {
        social();

        assertErrorNum(() -> gateway().dropCollection("knows"), 1942);
        assertErrorNum(() -> gateway().dropCollection("persons"), 1942);
        assertErrorNum(() -> gateway().dropCollection("places"), 1942);
        assertThat(gateway().collection("knows").name()).isEqualTo("knows");
    }

    @Test
    default void refusesADocumentCollectionAsEdgeCollection() {
        assumeCapability(Capability.NAMED_GRAPHS);
        documentCollection("knows");

        assertErrorNum(() -> gateway().createGraph(new GraphInfo("social",
                List.of(edges("knows", List.of("persons"), List.of("persons"))), List.of())), 1944);
    }
}
