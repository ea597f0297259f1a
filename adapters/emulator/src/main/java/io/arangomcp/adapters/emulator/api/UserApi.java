package io.arangomcp.adapters.emulator.api;

import io.arangomcp.adapters.emulator.auth.UserStore;
import io.arangomcp.adapters.emulator.http.ApiRequest;
import io.arangomcp.adapters.emulator.http.ApiResponse;
import io.arangomcp.adapters.emulator.http.JsonCodec;
import io.arangomcp.adapters.emulator.http.Router;
import io.arangomcp.adapters.emulator.state.EmulatorState;
import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.DatabaseError;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Emulator API: users and permissions ({@code /_api/user}): create, list, read, update, replace and delete
 * users; grant, read and reset database and collection permissions ({@code rw}, {@code ro}, {@code none},
 * {@code *} for the default). Only {@code root} manages other users.
 */
final class UserApi {

    private static final Set<String> LEVELS = Set.of("rw", "ro", "none");

    private final EmulatorState state;

    UserApi(EmulatorState state) {
        this.state = Objects.requireNonNull(state, "state is null");
    }

    void register(Router router) {
        router.add("POST", "/_api/user", this::create)
                .add("GET", "/_api/user", r -> ApiResponse.result(200, users(r).list()))
                .add("GET", "/_api/user/{user}", r -> ApiResponse.ok(200, users(r).describe(r.param("user"))))
                .add("PATCH", "/_api/user/{user}", r -> change(r, false))
                .add("PUT", "/_api/user/{user}", r -> change(r, true))
                .add("DELETE", "/_api/user/{user}", this::delete)
                .add("GET", "/_api/user/{user}/database", this::databases)
                .add("GET", "/_api/user/{user}/database/{db}", r -> ApiResponse.result(200,
                        users(r).databaseLevel(r.param("user"), r.param("db"))))
                .add("GET", "/_api/user/{user}/database/{db}/{collection}", r -> ApiResponse.result(200,
                        users(r).collectionLevel(r.param("user"), r.param("db"), r.param("collection"))))
                .add("PUT", "/_api/user/{user}/database/{db}", r -> grant(r, null))
                .add("PUT", "/_api/user/{user}/database/{db}/{collection}", r -> grant(r, r.param("collection")))
                .add("DELETE", "/_api/user/{user}/database/{db}", r -> reset(r, null))
                .add("DELETE", "/_api/user/{user}/database/{db}/{collection}", r -> reset(r, r.param("collection")));
    }

    /** The store, for a caller that may manage users: root, or a user reading its own entry. */
    private UserStore users(ApiRequest request) {
        String caller = request.user();
        String target = request.param("user");
        boolean self = target != null && target.equals(caller) && request.method().equals("GET");
        if (caller != null && !caller.equals(UserStore.ROOT) && !self) {
            throw new DatabaseError(403, 11, "forbidden");
        }
        return state.users();
    }

    private ApiResponse create(ApiRequest request) {
        Map<String, Object> body = request.object();
        Object user = body.get("user");
        Object password = body.get("passwd");
        Object active = body.get("active");
        Object extra = body.get("extra");
        Map<String, Object> created = users(request).create(user instanceof String ? (String) user : null,
                password instanceof String ? (String) password : "", active instanceof Boolean ? (Boolean) active
                        : null, extra instanceof Map ? JsonCodec.asObject(extra) : null);
        return answer(201, created);
    }

    private ApiResponse change(ApiRequest request, boolean replace) {
        Map<String, Object> body = request.objectOrEmpty();
        Object password = body.get("passwd");
        Object active = body.get("active");
        Object extra = body.get("extra");
        Map<String, Object> changed = users(request).change(request.param("user"),
                password instanceof String ? (String) password : null,
                active instanceof Boolean ? (Boolean) active : null,
                extra instanceof Map ? JsonCodec.asObject(extra) : null, replace);
        return answer(200, changed);
    }

    private static ApiResponse answer(int status, Map<String, Object> user) {
        Map<String, Object> body = new LinkedHashMap<>(user);
        body.put("code", status);
        body.put("error", false);
        return ApiResponse.json(status, body);
    }

    private ApiResponse delete(ApiRequest request) {
        if (UserStore.ROOT.equals(request.param("user"))) {
            throw new DatabaseError(403, 11, "forbidden");
        }
        users(request).remove(request.param("user"));
        return ApiResponse.ok(202, Map.of());
    }

    private ApiResponse databases(ApiRequest request) {
        String user = request.param("user");
        Map<String, Object> result = new LinkedHashMap<>();
        for (String db : state.server().databases()) {
            String level = users(request).databaseLevel(user, db);
            if (!level.equals("none")) {
                result.put(db, request.flag("full", false) ? Map.of("permission", level, "collections", Map.of())
                        : level);
            }
        }
        return ApiResponse.result(200, result);
    }

    private ApiResponse grant(ApiRequest request, String collection) {
        Object level = request.object().get("grant");
        if (!(level instanceof String) || !LEVELS.contains(level)) {
            throw ArangoErrors.BAD_PARAMETER.error("invalid grant, expecting 'rw', 'ro' or 'none'");
        }
        String db = request.param("db");
        if (!db.equals("*")) {
            state.database(db);
        }
        users(request).grant(request.param("user"), db, collection, (String) level);
        String scope = collection == null ? db : db + "/" + collection;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(scope, level);
        return ApiResponse.ok(200, body);
    }

    private ApiResponse reset(ApiRequest request, String collection) {
        users(request).reset(request.param("user"), request.param("db"), collection);
        return ApiResponse.ok(202, Map.of());
    }
}
