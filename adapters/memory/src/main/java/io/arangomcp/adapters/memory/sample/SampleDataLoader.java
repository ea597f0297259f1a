package io.arangomcp.adapters.memory.sample;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.BulkItemResult;
import io.arangomcp.ports.out.gateway.Capability;
import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;
import io.arangomcp.ports.out.gateway.IndexSpec;
import io.arangomcp.ports.out.gateway.OverwriteMode;
import io.arangomcp.ports.out.gateway.WriteOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * In-memory backend: loads the sample data sets (see the package documentation) into any database through the
 * {@link DatabaseGateway} port: missing collections, indexes and named graphs are created, then documents are
 * inserted with {@code overwriteMode=ignore}, so loading twice duplicates nothing and keeps local changes.
 * Stateless and thread-safe.
 */
public final class SampleDataLoader {

    /** The data sets, in loading order. */
    public static final List<String> DATASETS = List.of("social", "routes");

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };
    private static final WriteOptions KEEP_EXISTING = WriteOptions.defaults().withOverwriteMode(OverwriteMode.IGNORE);

    private final ObjectMapper mapper = new ObjectMapper();

    /** Loads every data set. */
    public List<SampleDataReport> loadAll(DatabaseGateway gateway) {
        return DATASETS.stream().map(d -> load(gateway, d)).toList();
    }

    /** Loads one data set; {@code INVALID_ARGUMENTS} for an unknown name. */
    public SampleDataReport load(DatabaseGateway gateway, String dataset) {
        Objects.requireNonNull(gateway, "gateway is null");
        Map<String, Object> data = read(dataset);
        Set<String> existing = gateway.collections().stream().map(CollectionInfo::name).collect(Collectors.toSet());
        List<String> created = new ArrayList<>();
        int indexes = 0;
        for (Map<String, Object> collection : objects(data.get("collections"))) {
            String name = (String) collection.get("name");
            if (!existing.contains(name)) {
                gateway.createCollection(name, CollectionSpec.of(CollectionType.fromWireName(
                        (String) collection.get("type"))));
                created.add(name);
            }
            for (Map<String, Object> index : objects(collection.get("indexes"))) {
                indexes += gateway.ensureIndex(name, indexSpec(index)).newlyCreated() ? 1 : 0;
            }
        }
        List<String> graphs = createGraphs(gateway, objects(data.get("graphs")));
        long inserted = 0;
        long kept = 0;
        for (Map<String, Object> collection : objects(data.get("collections"))) {
            String name = (String) collection.get("name");
            List<Map<String, Object>> documents = objects(collection.get("documents"));
            long before = gateway.count(name);
            insertAll(gateway, name, documents);
            long added = gateway.count(name) - before;
            inserted += added;
            kept += documents.size() - added;
        }
        return new SampleDataReport(dataset, created, indexes, graphs, inserted, kept);
    }

    private List<String> createGraphs(DatabaseGateway gateway, List<Map<String, Object>> graphs) {
        if (!gateway.capabilities().contains(Capability.NAMED_GRAPHS)) {
            return List.of();
        }
        Set<String> existing = gateway.graphs().stream().map(GraphInfo::name).collect(Collectors.toSet());
        List<String> created = new ArrayList<>();
        for (Map<String, Object> graph : graphs) {
            String name = (String) graph.get("name");
            if (!existing.contains(name)) {
                List<EdgeDefinition> definitions = objects(graph.get("edgeDefinitions")).stream()
                        .map(d -> new EdgeDefinition((String) d.get("collection"), strings(d.get("from")),
                                strings(d.get("to"))))
                        .toList();
                gateway.createGraph(new GraphInfo(name, definitions, strings(graph.get("orphanCollections"))));
                created.add(name);
            }
        }
        return created;
    }

    private static void insertAll(DatabaseGateway gateway, String collection, List<Map<String, Object>> documents) {
        List<BulkItemResult> results = gateway.insertAll(collection, documents, KEEP_EXISTING);
        for (int i = 0; i < results.size(); i++) {
            if (!results.get(i).succeeded()) {
                throw results.get(i).error().withHint("sample document " + collection + "/"
                        + documents.get(i).get("_key") + " could not be loaded into this database");
            }
        }
    }

    private static IndexSpec indexSpec(Map<String, Object> index) {
        return new IndexSpec((String) index.get("type"), strings(index.get("fields")),
                Boolean.TRUE.equals(index.get("unique")), Boolean.TRUE.equals(index.get("sparse")),
                (String) index.get("name"), Map.of());
    }

    private Map<String, Object> read(String dataset) {
        if (!DATASETS.contains(dataset)) {
            throw new ArangoMcpException(ErrorCode.INVALID_ARGUMENTS, "unknown sample data set '" + dataset
                    + "'; available: " + String.join(", ", DATASETS));
        }
        try (InputStream in = SampleDataLoader.class.getResourceAsStream(dataset + ".json")) {
            return mapper.readValue(Objects.requireNonNull(in, "missing resource " + dataset + ".json"), JSON_OBJECT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample data set " + dataset, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }
}
