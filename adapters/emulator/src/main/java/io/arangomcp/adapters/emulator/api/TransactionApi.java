package io.arangomcp.adapters.emulator.api;

import io.arangomcp.adapters.emulator.http.ApiRequest;
import io.arangomcp.adapters.emulator.http.ApiResponse;
import io.arangomcp.adapters.emulator.http.Router;
import io.arangomcp.adapters.emulator.state.EmulatorState;
import io.arangomcp.adapters.emulator.state.TransactionRegistry.StreamTransaction;
import io.arangomcp.domain.error.ArangoErrors;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Emulator API: stream transactions ({@code /_api/transaction}): begin (with the collections to read and
 * write; 404/1203 for unknown ones), status, commit, abort and list. JavaScript transactions
 * ({@code POST /_api/transaction} with an {@code action}) need V8 and answer 501.
 */
final class TransactionApi {

    private final EmulatorState state;

    TransactionApi(EmulatorState state) {
        this.state = Objects.requireNonNull(state, "state is null");
    }

    void register(Router router) {
        router.add("POST", "/_api/transaction/begin", this::begin)
                .add("GET", "/_api/transaction", r -> ApiResponse.ok(200, Map.of("transactions",
                        state.transactions().running(r.database()))))
                .add("GET", "/_api/transaction/{id}", r -> ApiResponse.result(200,
                        state.transactions().get(r.database(), r.param("id")).describe()))
                .add("PUT", "/_api/transaction/{id}", r -> ApiResponse.result(200,
                        state.transactions().commit(r.database(), r.param("id")).describe()))
                .add("DELETE", "/_api/transaction/{id}", r -> ApiResponse.result(200,
                        state.transactions().abort(r.database(), r.param("id")).describe()))
                .add("POST", "/_api/transaction", r -> AdminApi.notImplemented("JavaScript transactions"));
    }

    private ApiResponse begin(ApiRequest request) {
        Map<String, Object> body = request.object();
        Object collections = body.get("collections");
        if (!(collections instanceof Map)) {
            throw ArangoErrors.BAD_PARAMETER.error("missing 'collections'");
        }
        Map<?, ?> byMode = (Map<?, ?>) collections;
        Set<String> writable = new LinkedHashSet<>();
        for (String mode : List.of("read", "write", "exclusive")) {
            for (String name : names(byMode.get(mode))) {
                String resolved = state.gateway(request.database()).collections().stream()
                        .filter(c -> c.name().equals(name) || c.id().equals(name)).findFirst()
                        .orElseThrow(() -> ArangoErrors.DATA_SOURCE_NOT_FOUND.error(
                                "collection or view not found: " + name)).name();
                if (!mode.equals("read")) {
                    writable.add(resolved);
                }
            }
        }
        StreamTransaction trx = state.transactions().begin(request.database(), writable);
        return ApiResponse.result(201, trx.describe());
    }

    private static List<String> names(Object value) {
        if (value instanceof String) {
            return List.of((String) value);
        }
        if (value instanceof List) {
            return ((List<?>) value).stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }
}
