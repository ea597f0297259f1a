package io.arangomcp.adapters.memory.sample;

import io.arangomcp.adapters.memory.InMemoryServer;
import io.arangomcp.adapters.memory.InMemoryServerClient;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.Capability;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.GraphInfo;
import io.arangomcp.ports.out.gateway.IndexInfo;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleDataLoaderTest {

    private final DatabaseGateway gateway = new InMemoryServerClient(new InMemoryServer()).database("sample");
    private final SampleDataLoader loader = new SampleDataLoader();

    @Test
    void loadsBothDataSetsWithCollectionsIndexesAndGraphs() {
        List<SampleDataReport> reports = loader.loadAll(gateway);

        assertThat(reports).extracting(SampleDataReport::dataset).containsExactlyElementsOf(SampleDataLoader.DATASETS);
        assertThat(reports.get(0).collectionsCreated()).containsExactly("persons", "knows");
        assertThat(reports.get(0).indexesCreated()).isEqualTo(4);
        assertThat(reports.get(0).graphsCreated()).containsExactly("social");
        assertThat(reports.get(0).documentsInserted()).isEqualTo(48);
        assertThat(reports.get(1).documentsInserted()).isEqualTo(38);
        assertThat(gateway.count("persons")).isEqualTo(16);
        assertThat(gateway.count("roads")).isEqualTo(24);
        assertThat(gateway.graphs()).extracting(GraphInfo::name).containsExactlyInAnyOrder("social", "routes");
        assertThat(gateway.indexes("cities")).extracting(IndexInfo::type).containsExactly("primary", "persistent",
                "geo");
        assertThat(gateway.document("knows", "k01")).containsEntry("_from", "persons/amara")
                .containsEntry("since", 2015);
    }

    @Test
    void loadingTwiceDuplicatesNothingAndKeepsChanges() {
        loader.load(gateway, "social");
        gateway.update("persons", "amara", Map.of("age", 35), null);

        SampleDataReport again = loader.load(gateway, "social");

        assertThat(again.collectionsCreated()).isEmpty();
        assertThat(again.indexesCreated()).isZero();
        assertThat(again.graphsCreated()).isEmpty();
        assertThat(again.documentsInserted()).isZero();
        assertThat(again.documentsKept()).isEqualTo(48);
        assertThat(gateway.count("persons")).isEqualTo(16);
        assertThat(gateway.document("persons", "amara")).containsEntry("age", 35);
    }

    @Test
    void refusesUnknownDataSets() {
        assertThatThrownBy(() -> loader.load(gateway, "nope")).isInstanceOf(ArangoMcpException.class)
                .hasMessageContaining("social, routes")
                .extracting(e -> ((ArangoMcpException) e).code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
    }

    @Test
    void namesTheDocumentThatCouldNotBeLoaded() {
        loader.load(gateway, "routes");
        gateway.truncateCollection("cities");
        gateway.setSchema("cities", Map.of("rule", Map.of("required", List.of("mayor")), "message", "no mayor"));

        assertThatThrownBy(() -> loader.load(gateway, "routes")).isInstanceOf(DatabaseError.class)
                .hasMessage("no mayor")
                .satisfies(e -> assertThat(((DatabaseError) e).hint()).contains("cities/lisbon"));
    }

    @Test
    void skipsGraphsOnBackendsWithoutNamedGraphs() {
        DatabaseGateway withoutGraphs = (DatabaseGateway) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DatabaseGateway.class}, (proxy, method, args) -> {
                    if (method.getName().equals("capabilities")) {
                        return Set.of(Capability.SCHEMA_VALIDATION);
                    }
                    try {
                        return method.invoke(gateway, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        SampleDataReport report = loader.load(withoutGraphs, "routes");

        assertThat(report.graphsCreated()).isEmpty();
        assertThat(gateway.graphs()).isEmpty();
        assertThat(gateway.count("cities")).isEqualTo(14);
    }
}
