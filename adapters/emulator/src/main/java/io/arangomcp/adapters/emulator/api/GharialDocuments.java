package io.arangomcp.adapters.emulator.api;

import io.arangomcp.adapters.emulator.http.ApiRequest;
import io.arangomcp.adapters.emulator.http.ApiResponse;
import io.arangomcp.adapters.emulator.http.Router;
import io.arangomcp.adapters.emulator.state.EmulatorState;
import io.arangomcp.adapters.memory.store.MemoryCollection;
import io.arangomcp.adapters.memory.store.MemoryDatabase;
import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Emulator API: the vertices and edges of a named graph ({@code /_api/gharial/<g>/vertex/<c>/<key>} and
 * {@code …/edge/<c>/<key>}): the document operations, checked against the graph: the collection must belong to
 * it (404/1926 or 404/1930), an edge's ends must be in its definition (400/1947) and exist (404/1202), and
 * removing a vertex removes its edges in the graph's edge collections.
 */
final class GharialDocuments {

    private final EmulatorState state;

    GharialDocuments(EmulatorState state) {
        this.state = Objects.requireNonNull(state, "state is null");
    }

    void register(Router router) {
        for (String kind : List.of("vertex", "edge")) {
            String base = "/_api/gharial/{graph}/" + kind + "/{collection}";
            router.add("POST", base, r -> insert(r, kind))
                    .add("GET", base + "/{key}", r -> read(r, kind))
                    .add("PATCH", base + "/{key}", r -> change(r, kind, true))
                    .add("PUT", base + "/{key}", r -> change(r, kind, false))
                    .add("DELETE", base + "/{key}", r -> remove(r, kind));
        }
    }

    private DatabaseGateway gateway(ApiRequest request) {
        return state.gateway(request.database());
    }

    /** The graph, after checking that the addressed collection plays the role {@code kind} in it. */
    private GraphInfo member(ApiRequest request, String kind) {
        GraphInfo graph = gateway(request).graph(request.param("graph"));
        String collection = request.param("collection");
        if (kind.equals("vertex") && !graph.vertexCollections().contains(collection)) {
            throw ArangoErrors.GRAPH_VERTEX_COLLECTION_DOES_NOT_EXIST.error();
        }
        if (kind.equals("edge") && !graph.edgeCollections().contains(collection)) {
            throw ArangoErrors.GRAPH_EDGE_COLLECTION_NOT_USED.error();
        }
        return graph;
    }

    private static int status(ApiRequest request) {
        return request.flag("waitForSync", false) ? 201 : 202;
    }

    private ApiResponse insert(ApiRequest request, String kind) {
        GraphInfo graph = member(request, kind);
        Map<String, Object> body = request.object();
        if (kind.equals("edge")) {
            checkEnds(request, graph, body);
        }
        WriteParams params = WriteParams.of(request);
        WriteResult result = gateway(request).insert(request.param("collection"), body, params.options());
        return answer(request, kind, status(request), result);
    }

    private void checkEnds(ApiRequest request, GraphInfo graph, Map<String, Object> edge) {
        EdgeDefinition definition = graph.edgeDefinitions().stream()
                .filter(d -> d.collection().equals(request.param("collection"))).findFirst().orElseThrow();
        checkEnd(request, edge.get("_from"), definition.from());
        checkEnd(request, edge.get("_to"), definition.to());
    }

    private void checkEnd(ApiRequest request, Object end, List<String> allowed) {
        if (!(end instanceof String) || ((String) end).indexOf('/') <= 0) {
            throw ArangoErrors.INVALID_EDGE_ATTRIBUTE.error("edge attribute missing or invalid");
        }
        String id = (String) end;
        String collection = id.substring(0, id.indexOf('/'));
        if (!allowed.contains(collection)) {
            throw ArangoErrors.GRAPH_REFERENCED_VERTEX_COLLECTION_NOT_USED.error();
        }
        gateway(request).document(collection, id.substring(id.indexOf('/') + 1));
    }

    private ApiResponse read(ApiRequest request, String kind) {
        member(request, kind);
        Map<String, Object> document = gateway(request).document(request.param("collection"), request.param("key"));
        if (document.get("_rev").equals(WriteParams.unquote(request.header("if-none-match")))) {
            return ApiResponse.empty(304).withHeader("etag", "\"" + document.get("_rev") + "\"");
        }
        String ifMatch = WriteParams.unquote(request.header("if-match"));
        if (ifMatch != null && !ifMatch.equals(document.get("_rev"))) {
            return DocumentApi.conflict(document);
        }
        return ApiResponse.ok(200, Map.of(kind, document)).withHeader("etag", "\"" + document.get("_rev") + "\"");
    }

    private ApiResponse change(ApiRequest request, String kind, boolean merge) {
        GraphInfo graph = member(request, kind);
        Map<String, Object> body = request.object();
        String collection = request.param("collection");
        String key = request.param("key");
        if (kind.equals("edge")) {
            Map<String, Object> merged = new LinkedHashMap<>(merge ? gateway(request).document(collection, key)
                    : Map.of());
            merged.putAll(body);
            checkEnds(request, graph, merged);
        }
        WriteParams params = WriteParams.of(request);
        WriteResult result = merge ? gateway(request).update(collection, key, body, params.options())
                : gateway(request).replace(collection, key, body, params.options());
        return answer(request, kind, status(request), result);
    }

    private ApiResponse remove(ApiRequest request, String kind) {
        GraphInfo graph = member(request, kind);
        String collection = request.param("collection");
        String key = request.param("key");
        WriteParams params = WriteParams.of(request);
        WriteResult result = gateway(request).remove(collection, key, params.options());
        if (kind.equals("vertex")) {
            removeEdgesOf(request, graph, collection + "/" + key);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("removed", true);
        if (result.oldDocument() != null) {
            body.put("old", result.oldDocument());
        }
        return ApiResponse.ok(status(request), body);
    }

    private void removeEdgesOf(ApiRequest request, GraphInfo graph, String vertexId) {
        MemoryDatabase db = state.database(request.database());
        for (String edges : graph.edgeCollections()) {
            List<String> keys = db.read(() -> db.findCollection(edges).map(MemoryCollection::indexes)
                    .flatMap(i -> i.edgeIndex()).map(index -> {
                        List<String> all = new ArrayList<>(index.outbound(vertexId));
                        index.inbound(vertexId).stream().filter(k -> !all.contains(k)).forEach(all::add);
                        return all;
                    }).orElse(List.of()));
            for (String edgeKey : keys) {
                try {
                    gateway(request).remove(edges, edgeKey, WriteOptions.defaults());
                } catch (DatabaseError e) {
                    // removed meanwhile by another request
                }
            }
        }
    }

    private static ApiResponse answer(ApiRequest request, String kind, int status, WriteResult result) {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("_id", result.id());
        identity.put("_key", result.key());
        identity.put("_rev", result.rev());
        if (result.oldRev() != null) {
            identity.put("_oldRev", result.oldRev());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(kind, identity);
        if (result.newDocument() != null) {
            body.put("new", result.newDocument());
        }
        if (result.oldDocument() != null) {
            body.put("old", result.oldDocument());
        }
        return ApiResponse.ok(status, body).withHeader("etag", "\"" + result.rev() + "\"");
    }
}
