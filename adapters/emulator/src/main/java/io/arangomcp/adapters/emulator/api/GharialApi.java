package io.arangomcp.adapters.emulator.api;

import io.arangomcp.adapters.emulator.http.ApiRequest;
import io.arangomcp.adapters.emulator.http.ApiResponse;
import io.arangomcp.adapters.emulator.http.JsonCodec;
import io.arangomcp.adapters.emulator.http.Router;
import io.arangomcp.adapters.emulator.state.EmulatorState;
import io.arangomcp.adapters.memory.graph.NamedGraphs;
import io.arangomcp.adapters.memory.store.MemoryDatabase;
import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Emulator API: named graphs ({@code /_api/gharial}): list, create, read, drop, and the vertex collections and
 * edge definitions of a graph. Vertices and edges themselves are answered by {@link GharialDocuments}.
 */
final class GharialApi {

    private static final String GRAPHS = "_graphs";

    private final EmulatorState state;

    GharialApi(EmulatorState state) {
        this.state = Objects.requireNonNull(state, "state is null");
    }

    void register(Router router) {
        router.add("GET", "/_api/gharial", this::list)
                .add("POST", "/_api/gharial", this::create)
                .add("GET", "/_api/gharial/{graph}", r -> ApiResponse.ok(200, Map.of("graph",
                        describe(r, state.gateway(r.database()).graph(r.param("graph"))))))
                .add("DELETE", "/_api/gharial/{graph}", this::drop)
                .add("GET", "/_api/gharial/{graph}/vertex", r -> ApiResponse.ok(200, Map.of("collections",
                        sorted(graph(r).vertexCollections()))))
                .add("POST", "/_api/gharial/{graph}/vertex", this::addVertexCollection)
                .add("DELETE", "/_api/gharial/{graph}/vertex/{collection}", r -> changed(r, graphs ->
                        graphs.removeVertexCollection(r.param("graph"), r.param("collection"),
                                r.flag("dropCollection", false))))
                .add("GET", "/_api/gharial/{graph}/edge", r -> ApiResponse.ok(200, Map.of("collections",
                        sorted(graph(r).edgeCollections()))))
                .add("POST", "/_api/gharial/{graph}/edge", this::addEdgeDefinition)
                .add("PUT", "/_api/gharial/{graph}/edge/{collection}", r -> changed(r, graphs ->
                        graphs.replaceEdgeDefinition(r.param("graph"), definition(r.object()))))
                .add("DELETE", "/_api/gharial/{graph}/edge/{collection}", r -> changed(r, graphs ->
                        graphs.removeEdgeDefinition(r.param("graph"), r.param("collection"),
                                r.flag("dropCollections", false))));
        new GharialDocuments(state).register(router);
    }

    private GraphInfo graph(ApiRequest request) {
        return state.gateway(request.database()).graph(request.param("graph"));
    }

    private static List<String> sorted(List<String> names) {
        List<String> copy = new ArrayList<>(names);
        copy.sort(null);
        return copy;
    }

    /** The graph as the API describes it, with the {@code _graphs} document's {@code _id} and {@code _rev}. */
    Map<String, Object> describe(ApiRequest request, GraphInfo graph) {
        Map<String, Object> stored = state.gateway(request.database()).document(GRAPHS, graph.name());
        List<Object> definitions = new ArrayList<>();
        for (EdgeDefinition d : graph.edgeDefinitions()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("collection", d.collection());
            json.put("from", d.from());
            json.put("to", d.to());
            definitions.add(json);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("_key", graph.name());
        json.put("edgeDefinitions", definitions);
        json.put("orphanCollections", graph.orphanCollections());
        json.put("_rev", stored.get("_rev"));
        json.put("_id", GRAPHS + "/" + graph.name());
        json.put("name", graph.name());
        return json;
    }

    private static int status(ApiRequest request) {
        return request.flag("waitForSync", false) ? 201 : 202;
    }

    private ApiResponse list(ApiRequest request) {
        List<Object> graphs = new ArrayList<>();
        for (GraphInfo graph : state.gateway(request.database()).graphs()) {
            graphs.add(describe(request, graph));
        }
        return ApiResponse.ok(200, Map.of("graphs", graphs));
    }

    private ApiResponse create(ApiRequest request) {
        Map<String, Object> body = request.object();
        Object name = body.get("name");
        if (!(name instanceof String)) {
            throw new io.arangomcp.domain.error.DatabaseError(400, 1922, "missing graph name");
        }
        List<EdgeDefinition> definitions = new ArrayList<>();
        if (body.get("edgeDefinitions") instanceof List) {
            for (Object item : (List<?>) body.get("edgeDefinitions")) {
                definitions.add(definition(item instanceof Map ? JsonCodec.asObject(item) : Map.of()));
            }
        }
        GraphInfo created = state.gateway(request.database()).createGraph(new GraphInfo((String) name, definitions,
                strings(body.get("orphanCollections"))));
        return graphAnswer(request, status(request), created);
    }

    private ApiResponse graphAnswer(ApiRequest request, int status, GraphInfo graph) {
        Map<String, Object> described = describe(request, graph);
        return ApiResponse.ok(status, Map.of("graph", described)).withHeader("etag", (String) described.get("_rev"));
    }

    private ApiResponse drop(ApiRequest request) {
        state.gateway(request.database()).dropGraph(request.param("graph"), request.flag("dropCollections", false));
        return ApiResponse.ok(status(request), Map.of("removed", true));
    }

    private ApiResponse addVertexCollection(ApiRequest request) {
        Object collection = request.object().get("collection");
        if (!(collection instanceof String)) {
            throw ArangoErrors.BAD_PARAMETER.error("expecting attribute 'collection'");
        }
        GraphInfo graph = state.gateway(request.database()).addVertexCollection(request.param("graph"),
                (String) collection);
        return graphAnswer(request, status(request), graph);
    }

    private ApiResponse addEdgeDefinition(ApiRequest request) {
        GraphInfo graph = state.gateway(request.database()).addEdgeDefinition(request.param("graph"),
                definition(request.object()));
        return graphAnswer(request, status(request), graph);
    }

    private ApiResponse changed(ApiRequest request, Function<NamedGraphs, GraphInfo> change) {
        MemoryDatabase db = state.database(request.database());
        GraphInfo graph = db.write(() -> change.apply(new NamedGraphs(db)));
        return graphAnswer(request, status(request), graph);
    }

    /** An edge definition from {@code {collection, from, to}}; 400/1923 when malformed. */
    static EdgeDefinition definition(Map<String, Object> json) {
        Object collection = json.get("collection");
        if (!(collection instanceof String)) {
            throw new io.arangomcp.domain.error.DatabaseError(400, 1923, "malformed edge definition");
        }
        return new EdgeDefinition((String) collection, strings(json.get("from")), strings(json.get("to")));
    }

    private static List<String> strings(Object value) {
        List<String> names = new ArrayList<>();
        if (value instanceof List) {
            for (Object item : (List<?>) value) {
                if (item instanceof String) {
                    names.add((String) item);
                }
            }
        } else if (value instanceof String) {
            names.add((String) value);
        }
        return names;
    }
}
