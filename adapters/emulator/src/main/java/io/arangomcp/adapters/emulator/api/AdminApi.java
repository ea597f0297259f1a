package io.arangomcp.adapters.emulator.api;

import io.arangomcp.adapters.emulator.http.ApiRequest;
import io.arangomcp.adapters.emulator.http.ApiResponse;
import io.arangomcp.adapters.emulator.http.Router;
import io.arangomcp.adapters.emulator.state.EmulatorState;
import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.ports.out.gateway.ServerVersion;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Emulator API: what the server says about itself: version, storage engine, role, endpoints, key generators,
 * time and availability, and JWT login ({@code /_open/auth}).
 */
final class AdminApi {

    /** The emulated ArangoDB version: the memory backend's, without its {@code -memory} suffix. */
    static final String VERSION = emulatedVersion();

    private final EmulatorState state;

    AdminApi(EmulatorState state) {
        this.state = Objects.requireNonNull(state, "state is null");
    }

    void register(Router router) {
        router.add("GET", "/_api/version", this::version)
                .add("POST", "/_api/version", this::version)
                .add("GET", "/_api/engine", r -> ApiResponse.json(200, engine()))
                .add("GET", "/_admin/server/role", r -> ApiResponse.ok(200, Map.of("role", "SINGLE",
                        "mode", "default")))
                .add("GET", "/_admin/server/availability", r -> ApiResponse.ok(200, Map.of("mode", "default")))
                .add("GET", "/_admin/time", r -> ApiResponse.ok(200, Map.of("time",
                        Instant.now().toEpochMilli() / 1000.0)))
                .add("GET", "/_api/endpoint", r -> ApiResponse.json(200, List.of(Map.of("endpoint",
                        "http://0.0.0.0:8529"))))
                .add("GET", "/_api/key-generators", r -> ApiResponse.json(200, Map.of("keyGenerators",
                        List.of("upgrade", "padded", "uuid", "autoincrement", "traditional"))))
                .add("PUT", "/_admin/compact", r -> ApiResponse.json(200, Map.of()))
                .add("POST", "/_open/auth", this::login);
    }

    private static String emulatedVersion() {
        ServerVersion memory = io.arangomcp.adapters.memory.InMemoryServer.VERSION;
        int dash = memory.version().indexOf('-');
        return dash < 0 ? memory.version() : memory.version().substring(0, dash);
    }

    private ApiResponse version(ApiRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("server", "arango");
        body.put("license", "community");
        body.put("version", VERSION);
        if (request.flag("details", false)) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("architecture", "64bit");
            details.put("mode", "server");
            details.put("role", "SINGLE");
            details.put("license", "community");
            details.put("server-version", VERSION);
            details.put("v8-version", "none");
            details.put("full-version-string", "ArangoDB " + VERSION
                    + " community, emulated by arango-mcp over its in-memory backend");
            body.put("details", details);
            body.put("apiVersions", List.of("v0"));
            body.put("deprecatedApiVersions", List.of());
            body.put("requestedApiVersion", "v0");
        }
        return ApiResponse.json(200, body);
    }

    private static Map<String, Object> engine() {
        Map<String, Object> aliases = new LinkedHashMap<>();
        aliases.put("hash", "persistent");
        aliases.put("skiplist", "persistent");
        aliases.put("zkd", "mdi");
        Map<String, Object> supports = new LinkedHashMap<>();
        supports.put("indexes", List.of("primary", "edge", "hash", "skiplist", "ttl", "persistent", "geo",
                "fulltext", "mdi", "mdi-prefixed", "inverted"));
        supports.put("aliases", Map.of("indexes", aliases));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "rocksdb");
        body.put("supports", supports);
        body.put("endianness", "big");
        return body;
    }

    private ApiResponse login(ApiRequest request) {
        Map<String, Object> body = request.object();
        Object user = body.get("username");
        Object password = body.getOrDefault("password", "");
        if (!(user instanceof String) || !(password instanceof String)
                || !state.users().authenticate((String) user, (String) password)) {
            throw new io.arangomcp.domain.error.DatabaseError(401, 401, "Wrong credentials");
        }
        return ApiResponse.json(200, Map.of("jwt", state.tokens().issue((String) user)));
    }

    static ApiResponse notImplemented(String what) {
        throw ArangoErrors.NOT_IMPLEMENTED.error(what + " is not implemented by the arango-mcp emulator");
    }
}
