package io.arangomcp.adapters.emulator.api;

import io.arangomcp.adapters.emulator.http.ApiRequest;
import io.arangomcp.adapters.emulator.http.ApiResponse;
import io.arangomcp.adapters.emulator.http.Router;
import io.arangomcp.adapters.emulator.state.EmulatorState;
import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.ports.out.gateway.IndexInfo;
import io.arangomcp.ports.out.gateway.IndexSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Emulator API: indexes ({@code /_api/index}): list with {@code identifiers}, read one, ensure (201 when
 * created, 200 with {@code isNewlyCreated: false} when an equal one exists) and drop.
 */
final class IndexApi {

    private static final Set<String> SPEC_ATTRIBUTES = Set.of("type", "fields", "unique", "sparse", "name");

    private final EmulatorState state;

    IndexApi(EmulatorState state) {
        this.state = Objects.requireNonNull(state, "state is null");
    }

    void register(Router router) {
        router.add("GET", "/_api/index", this::list)
                .add("GET", "/_api/index/{collection}/{id}", this::read)
                .add("POST", "/_api/index", this::ensure)
                .add("DELETE", "/_api/index/{collection}/{id}", this::drop);
    }

    private static String collectionParameter(ApiRequest request) {
        String collection = request.query("collection");
        if (collection == null || collection.isEmpty()) {
            throw ArangoErrors.COLLECTION_PARAMETER_MISSING.error("collection must be specified");
        }
        return collection;
    }

    private ApiResponse list(ApiRequest request) {
        List<IndexInfo> indexes = state.gateway(request.database()).indexes(collectionParameter(request));
        List<Object> json = new ArrayList<>();
        Map<String, Object> identifiers = new LinkedHashMap<>();
        for (IndexInfo index : indexes) {
            Map<String, Object> one = index.toJson();
            json.add(one);
            identifiers.put(index.id(), one);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("indexes", json);
        body.put("identifiers", identifiers);
        return ApiResponse.ok(200, body);
    }

    private ApiResponse read(ApiRequest request) {
        String collection = request.param("collection");
        String id = request.param("id");
        for (IndexInfo index : state.gateway(request.database()).indexes(collection)) {
            if (index.id().equals(collection + "/" + id) || index.name().equals(id)) {
                return ApiResponse.ok(200, index.toJson());
            }
        }
        throw ArangoErrors.INDEX_NOT_FOUND.error();
    }

    private ApiResponse ensure(ApiRequest request) {
        String collection = collectionParameter(request);
        Map<String, Object> body = request.object();
        Object type = body.get("type");
        if (!(type instanceof String)) {
            throw ArangoErrors.BAD_PARAMETER.error("invalid index type");
        }
        Object fields = body.getOrDefault("fields", List.of());
        List<String> names = new ArrayList<>();
        if (fields instanceof List) {
            for (Object field : (List<?>) fields) {
                if (field instanceof String) {
                    names.add((String) field);
                } else if (field instanceof Map && ((Map<?, ?>) field).get("name") instanceof String) {
                    names.add((String) ((Map<?, ?>) field).get("name"));
                } else {
                    throw ArangoErrors.BAD_PARAMETER.error("index field names must be non-empty strings");
                }
            }
        } else {
            throw ArangoErrors.BAD_PARAMETER.error("index definition needs a non-empty 'fields' list");
        }
        Map<String, Object> options = new LinkedHashMap<>(body);
        options.keySet().removeAll(SPEC_ATTRIBUTES);
        if ("inverted".equals(type)) {
            // its fields are objects (name, analyzer, features): the memory backend keeps them as they came
            options.put("fields", fields);
        }
        Object name = body.get("name");
        IndexSpec spec = new IndexSpec((String) type, names, Boolean.TRUE.equals(body.get("unique")),
                Boolean.TRUE.equals(body.get("sparse")), name instanceof String ? (String) name : null, options);
        IndexInfo index = state.gateway(request.database()).ensureIndex(collection, spec);
        Map<String, Object> json = index.toJson();
        json.put("isNewlyCreated", index.newlyCreated());
        int status = index.newlyCreated() ? 201 : 200;
        return ApiResponse.ok(status, json);
    }

    private ApiResponse drop(ApiRequest request) {
        String collection = request.param("collection");
        String id = state.gateway(request.database()).dropIndex(collection, collection + "/" + request.param("id"));
        return ApiResponse.ok(200, Map.of("id", id));
    }
}
