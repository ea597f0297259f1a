package io.arangomcp.adapters.emulator.api;

import io.arangomcp.adapters.emulator.http.ApiRequest;
import io.arangomcp.adapters.emulator.http.ApiResponse;
import io.arangomcp.adapters.emulator.http.Router;
import io.arangomcp.adapters.emulator.state.EmulatorState;
import io.arangomcp.adapters.memory.store.EdgeIndex;
import io.arangomcp.adapters.memory.store.MemoryCollection;
import io.arangomcp.adapters.memory.store.MemoryDatabase;
import io.arangomcp.domain.error.DatabaseError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Emulator API: the edges of one vertex in an edge collection ({@code GET /_api/edges/<collection>?vertex=…
 * &direction=in|out}), from the collection's edge index: outgoing edges first, then incoming ones, each once.
 */
final class EdgesApi {

    private final EmulatorState state;

    EdgesApi(EmulatorState state) {
        this.state = Objects.requireNonNull(state, "state is null");
    }

    void register(Router router) {
        router.add("GET", "/_api/edges/{collection}", this::edges);
    }

    private ApiResponse edges(ApiRequest request) {
        String vertex = request.query("vertex");
        if (vertex == null || vertex.isEmpty()) {
            throw new DatabaseError(400, 400, "illegal document handle: expecting GET /_api/edges/<collection>"
                    + "?vertex=<vertex-id>");
        }
        String direction = request.query("direction") == null ? "any" : request.query("direction");
        MemoryDatabase db = state.database(request.database());
        List<Map<String, Object>> edges = db.read(() -> {
            MemoryCollection collection = db.collectionForDocuments(request.param("collection"));
            EdgeIndex index = collection.indexes().edgeIndex().orElseThrow(() -> new DatabaseError(400, 1218,
                    "collection type mismatch: '" + collection.name() + "' is not an edge collection"));
            Set<String> keys = new LinkedHashSet<>();
            if (!direction.equals("in")) {
                keys.addAll(index.outbound(vertex));
            }
            if (!direction.equals("out")) {
                keys.addAll(index.inbound(vertex));
            }
            return collection.documents(new ArrayList<>(keys));
        });
        Map<String, Object> stats = new LinkedHashMap<>();
        for (String counter : List.of("writesExecuted", "writesIgnored")) {
            stats.put(counter, 0);
        }
        stats.put("documentLookups", edges.size());
        stats.put("seeks", 0);
        stats.put("scannedFull", 0);
        stats.put("scannedIndex", edges.size());
        stats.put("filtered", 0);
        stats.put("httpRequests", 0);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("edges", edges);
        body.put("error", false);
        body.put("code", 200);
        body.put("stats", stats);
        return ApiResponse.json(200, body);
    }
}
