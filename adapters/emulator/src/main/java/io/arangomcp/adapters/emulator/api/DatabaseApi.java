package io.arangomcp.adapters.emulator.api;

import io.arangomcp.adapters.emulator.http.ApiRequest;
import io.arangomcp.adapters.emulator.http.ApiResponse;
import io.arangomcp.adapters.emulator.http.JsonCodec;
import io.arangomcp.adapters.emulator.http.Router;
import io.arangomcp.adapters.emulator.state.EmulatorState;
import io.arangomcp.domain.error.ArangoErrors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Emulator API: databases ({@code /_api/database}): list, the current one, the ones the user may use, create
 * (with initial users) and drop. Listing, creating and dropping only work in {@code _system} (403/1230
 * elsewhere), as on ArangoDB.
 */
final class DatabaseApi {

    private final EmulatorState state;

    DatabaseApi(EmulatorState state) {
        this.state = Objects.requireNonNull(state, "state is null");
    }

    void register(Router router) {
        router.add("GET", "/_api/database", this::list)
                .add("GET", "/_api/database/user", this::accessible)
                .add("GET", "/_api/database/current", this::current)
                .add("POST", "/_api/database", this::create)
                .add("DELETE", "/_api/database/{name}", this::drop);
    }

    private static void requireSystem(ApiRequest request) {
        if (!request.database().equals(EmulatorState.SYSTEM_DATABASE)) {
            throw ArangoErrors.USE_SYSTEM_DATABASE.error();
        }
    }

    private ApiResponse list(ApiRequest request) {
        requireSystem(request);
        return ApiResponse.result(200, state.server().databases());
    }

    private ApiResponse accessible(ApiRequest request) {
        List<String> names = state.server().databases().stream()
                .filter(db -> request.user() == null || !state.users().databaseLevel(request.user(), db).equals("none"))
                .toList();
        return ApiResponse.result(200, names);
    }

    private ApiResponse current(ApiRequest request) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", state.databaseId(request.database()));
        info.put("name", request.database());
        info.put("isSystem", request.database().equals(EmulatorState.SYSTEM_DATABASE));
        info.put("path", "none");
        return ApiResponse.result(200, info);
    }

    private ApiResponse create(ApiRequest request) {
        requireSystem(request);
        Map<String, Object> body = request.object();
        Object name = body.get("name");
        if (!(name instanceof String)) {
            throw ArangoErrors.DATABASE_NAME_INVALID.error();
        }
        state.server().createDatabase((String) name);
        state.databaseId((String) name);
        Object users = body.get("users");
        if (users instanceof List) {
            for (Object item : (List<?>) users) {
                if (item instanceof Map) {
                    grantInitialUser((String) name, JsonCodec.asObject(item));
                }
            }
        }
        return ApiResponse.result(201, true);
    }

    private void grantInitialUser(String database, Map<String, Object> user) {
        Object username = user.get("username");
        if (!(username instanceof String)) {
            return;
        }
        if (state.users().list().stream().noneMatch(u -> username.equals(u.get("user")))) {
            Object password = user.get("passwd");
            Object active = user.get("active");
            Object extra = user.get("extra");
            state.users().create((String) username, password instanceof String ? (String) password : "",
                    active instanceof Boolean ? (Boolean) active : null,
                    extra instanceof Map ? JsonCodec.asObject(extra) : null);
        }
        state.users().grant((String) username, database, null, "rw");
    }

    private ApiResponse drop(ApiRequest request) {
        requireSystem(request);
        String name = request.param("name");
        state.server().dropDatabase(name);
        state.forgetDatabase(name);
        return ApiResponse.result(200, true);
    }
}
