package io.arangomcp.testkit;

import io.arangomcp.ports.out.gateway.Capability;
import io.arangomcp.ports.out.gateway.GraphInfo;
import io.arangomcp.ports.out.gateway.IndexSpec;
import io.arangomcp.ports.out.gateway.QueryOptions;
import io.arangomcp.ports.out.gateway.ServerVersion;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.arangomcp.testkit.GatewayContractSupport.assertNotSupported;
import static io.arangomcp.testkit.GatewayContractSupport.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Testkit: what a gateway says about itself, and the capability rule: a call outside {@code capabilities()}
 * fails with {@code NOT_SUPPORTED}, never silently.
 */
public interface CapabilityContract extends GatewayContractSupport {

    private void assumeLacks(Capability capability) {
        assumeFalse(gateway().capabilities().contains(capability), "gateway has " + capability);
    }

    @Test
    default void reportsAnArangoDbServerVersion() {
        ServerVersion version = gateway().version();

        assertThat(version.server()).isEqualTo("arango");
        assertThat(version.version()).matches("3\\.\\d+\\.\\d+.*");
        assertThat(version.license()).isIn("community", "enterprise");
    }

    @Test
    default void namesItsDatabase() {
        assertThat(gateway().databaseName()).isNotBlank();
    }

    @Test
    default void refusesQueriesWithoutAql() {
        assumeLacks(Capability.AQL);

        assertNotSupported(() -> gateway().query("RETURN 1", Map.of(), QueryOptions.defaults()));
    }

    @Test
    default void refusesExplainAndParseWithoutExplain() {
        assumeLacks(Capability.EXPLAIN);

        assertNotSupported(() -> gateway().explain("RETURN 1", Map.of(), false, 1));
        assertNotSupported(() -> gateway().parse("RETURN 1"));
    }

    @Test
    default void refusesProfiledQueriesWithoutProfile() {
        assumeTrue(gateway().capabilities().contains(Capability.AQL), "gateway lacks AQL");
        assumeLacks(Capability.PROFILE);

        assertNotSupported(() -> gateway().query("RETURN 1", Map.of(), QueryOptions.defaults().withProfile(1)));
    }

    @Test
    default void refusesNamedGraphsWithoutTheCapability() {
        assumeLacks(Capability.NAMED_GRAPHS);

        assertNotSupported(() -> gateway().graphs());
        assertNotSupported(() -> gateway().createGraph(new GraphInfo("g", List.of(), List.of())));
    }

    @Test
    default void refusesSchemasWithoutSchemaValidation() {
        assumeLacks(Capability.SCHEMA_VALIDATION);
        documentCollection("items");

        assertNotSupported(() -> gateway().setSchema("items", doc("rule", doc("type", "object"))));
    }

    @Test
    default void refusesVectorIndexesWithoutVectorSearch() {
        assumeLacks(Capability.VECTOR_SEARCH);
        documentCollection("items");

        assertNotSupported(() -> gateway().ensureIndex("items", new IndexSpec("vector", List.of("embedding"),
                false, false, null, Map.of("params", doc("metric", "cosine", "dimension", 2, "nLists", 1)))));
    }
}
