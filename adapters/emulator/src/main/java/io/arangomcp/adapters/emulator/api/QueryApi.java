package io.arangomcp.adapters.emulator.api;

import io.arangomcp.adapters.emulator.http.ApiRequest;
import io.arangomcp.adapters.emulator.http.ApiResponse;
import io.arangomcp.adapters.emulator.http.JsonCodec;
import io.arangomcp.adapters.emulator.http.Router;
import io.arangomcp.adapters.emulator.state.EmulatorState;
import io.arangomcp.domain.error.ArangoErrors;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Emulator API: explain ({@code POST /_api/explain}) and parse ({@code POST /_api/query}) on the memory
 * backend's ports, and the query-tracking endpoints, which report no running or slow queries (the memory
 * backend runs a query within the request that starts it).
 */
final class QueryApi {

    private final EmulatorState state;

    QueryApi(EmulatorState state) {
        this.state = Objects.requireNonNull(state, "state is null");
    }

    void register(Router router) {
        router.add("POST", "/_api/explain", this::explain)
                .add("POST", "/_api/query", this::parse)
                .add("GET", "/_api/query/current", r -> ApiResponse.json(200, List.of()))
                .add("GET", "/_api/query/slow", r -> ApiResponse.json(200, List.of()))
                .add("DELETE", "/_api/query/slow", r -> ApiResponse.ok(200, Map.of()))
                .add("DELETE", "/_api/query/{id}", r -> {
                    throw new io.arangomcp.domain.error.DatabaseError(404, 1591,
                            "cannot kill query '" + r.param("id") + "': query not found");
                });
    }

    private static String queryOf(Map<String, Object> body) {
        Object query = body.get("query");
        if (query == null || "".equals(query)) {
            throw ArangoErrors.QUERY_EMPTY.error();
        }
        if (!(query instanceof String)) {
            throw ArangoErrors.BAD_PARAMETER.error("expecting string for <query>");
        }
        return (String) query;
    }

    /** The {@code bindVars} of a request body (an empty map when absent). */
    static Map<String, Object> bindVars(Map<String, Object> body) {
        Object bindVars = body.get("bindVars");
        if (bindVars == null) {
            return Map.of();
        }
        if (!(bindVars instanceof Map)) {
            throw ArangoErrors.QUERY_BIND_PARAMETER_TYPE.error("bindVars must be an object");
        }
        return JsonCodec.asObject(bindVars);
    }

    private ApiResponse explain(ApiRequest request) {
        Map<String, Object> body = request.json() == null ? Map.of() : request.object();
        String query = queryOf(body);
        Map<String, Object> options = body.get("options") instanceof Map ? JsonCodec.asObject(body.get("options"))
                : Map.of();
        boolean allPlans = Boolean.TRUE.equals(options.get("allPlans"));
        int maxPlans = options.get("maxNumberOfPlans") instanceof Number
                ? ((Number) options.get("maxNumberOfPlans")).intValue() : 128;
        return ApiResponse.ok(200, state.gateway(request.database()).explain(query, bindVars(body), allPlans,
                maxPlans));
    }

    private ApiResponse parse(ApiRequest request) {
        Map<String, Object> body = request.json() == null ? Map.of() : request.object();
        return ApiResponse.ok(200, state.gateway(request.database()).parse(queryOf(body)));
    }
}
