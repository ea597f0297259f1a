package io.arangomcp.adapters.emulator.api;

import io.arangomcp.adapters.emulator.http.ApiRequest;
import io.arangomcp.adapters.emulator.http.ApiResponse;
import io.arangomcp.adapters.emulator.http.JsonCodec;
import io.arangomcp.adapters.emulator.http.Router;
import io.arangomcp.adapters.emulator.state.EmulatorState;
import io.arangomcp.adapters.memory.graph.NamedGraphs;
import io.arangomcp.adapters.memory.store.MemoryCollection;
import io.arangomcp.adapters.memory.store.MemoryDatabase;
import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Emulator API: collections ({@code /_api/collection}): list, create, info, properties, count, figures,
 * revision, checksum, truncate, property changes ({@code waitForSync}, {@code schema}), rename, drop, and the
 * load/unload/compact calls that a RocksDB server accepts and ignores.
 */
final class CollectionApi {

    private final EmulatorState state;

    CollectionApi(EmulatorState state) {
        this.state = Objects.requireNonNull(state, "state is null");
    }

    void register(Router router) {
        router.add("GET", "/_api/collection", this::list)
                .add("POST", "/_api/collection", this::create)
                .add("GET", "/_api/collection/{name}", r -> ApiResponse.ok(200, summary(r, collection(r))))
                .add("GET", "/_api/collection/{name}/properties", located(r -> properties(r, Map.of())))
                .add("GET", "/_api/collection/{name}/count", located(r -> properties(r, Map.of("count", count(r)))))
                .add("GET", "/_api/collection/{name}/figures", located(r -> properties(r, Map.of("count", count(r),
                        "figures", Map.of("indexes", Map.of("count", indexCount(r), "size", 0),
                                "documentsSize", 0, "cacheInUse", false, "cacheSize", 0, "cacheUsage", 0)))))
                .add("GET", "/_api/collection/{name}/revision", located(r -> properties(r, Map.of("revision",
                        revision(r)))))
                .add("GET", "/_api/collection/{name}/checksum", located(this::checksum))
                .add("PUT", "/_api/collection/{name}/truncate", located(this::truncate))
                .add("PUT", "/_api/collection/{name}/properties", located(this::changeProperties))
                .add("PUT", "/_api/collection/{name}/rename", located(this::rename))
                .add("PUT", "/_api/collection/{name}/load", located(r -> ApiResponse.ok(200, summary(r, collection(r)))))
                .add("PUT", "/_api/collection/{name}/unload", located(r -> ApiResponse.ok(200,
                        summary(r, collection(r)))))
                .add("PUT", "/_api/collection/{name}/loadIndexesIntoMemory", located(r -> {
                    collection(r);
                    return ApiResponse.result(200, true);
                }))
                .add("PUT", "/_api/collection/{name}/compact", located(r -> ApiResponse.ok(200,
                        summary(r, collection(r)))))
                .add("PUT", "/_api/collection/{name}/recalculateCount", located(r -> {
                    collection(r);
                    return ApiResponse.result(200, true);
                }))
                .add("DELETE", "/_api/collection/{name}", this::drop);
    }

    /** A collection sub-resource answers with its own path as {@code location}, as a real server does. */
    private static Router.Handler located(Router.Handler handler) {
        return request -> handler.handle(request).withHeader("location", "/_db/" + request.database()
                + request.path());
    }

    private MemoryCollection collection(ApiRequest request) {
        MemoryDatabase db = state.database(request.database());
        return db.read(() -> db.collection(request.param("name")));
    }

    private long count(ApiRequest request) {
        return state.gateway(request.database()).count(request.param("name"));
    }

    private int indexCount(ApiRequest request) {
        return state.gateway(request.database()).indexes(request.param("name")).size();
    }

    private String revision(ApiRequest request) {
        MemoryCollection c = collection(request);
        MemoryDatabase db = state.database(request.database());
        return db.read(() -> c.documents().stream().map(d -> (String) d.get("_rev"))
                .reduce((a, b) -> a.compareTo(b) >= 0 ? a : b).orElse("0"));
    }

    private ApiResponse list(ApiRequest request) {
        boolean excludeSystem = request.flag("excludeSystem", false);
        MemoryDatabase db = state.database(request.database());
        List<MemoryCollection> all = db.read(db::collections);
        List<Map<String, Object>> result = all.stream()
                .filter(c -> !excludeSystem || !c.info().system())
                .map(c -> summary(request, c)).toList();
        return ApiResponse.result(200, result);
    }

    /** {@code id, name, status, type, isSystem, globallyUniqueId}. */
    static Map<String, Object> summary(ApiRequest request, MemoryCollection c) {
        CollectionInfo info = c.info();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", info.id());
        json.put("name", info.name());
        json.put("status", 3);
        json.put("type", info.type().code());
        json.put("isSystem", info.system());
        json.put("globallyUniqueId", info.system() ? info.name() : "h" + request.database().hashCode() + "/"
                + info.id());
        return json;
    }

    private ApiResponse properties(ApiRequest request, Map<String, Object> more) {
        MemoryCollection c = collection(request);
        Map<String, Object> json = describe(request, c);
        json.putAll(more);
        return ApiResponse.ok(200, json);
    }

    /** The full properties of a collection, as creating it or reading its properties answers. */
    static Map<String, Object> describe(ApiRequest request, MemoryCollection c) {
        CollectionInfo info = c.info();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("writeConcern", 1);
        json.put("waitForSync", info.waitForSync());
        json.put("usesRevisionsAsDocumentIds", true);
        json.put("syncByRevision", true);
        json.put("supportsRBAC", true);
        json.put("statusString", "loaded");
        json.put("id", info.id());
        json.put("isSmartChild", false);
        json.put("schema", info.schema());
        json.put("name", info.name());
        json.put("type", info.type().code());
        json.put("status", 3);
        json.put("cacheEnabled", false);
        json.put("isSystem", info.system());
        json.put("internalValidatorType", 0);
        json.put("globallyUniqueId", summary(request, c).get("globallyUniqueId"));
        json.put("keyOptions", c.keyOptions());
        json.put("computedValues", null);
        json.put("objectId", Long.toString(c.id() + 1));
        return json;
    }

    private ApiResponse create(ApiRequest request) {
        Map<String, Object> body = request.object();
        Object name = body.get("name");
        if (!(name instanceof String)) {
            throw ArangoErrors.ILLEGAL_NAME.error("illegal name: collection name invalid");
        }
        CollectionType type = typeOf(body.get("type"));
        Object waitForSync = body.get("waitForSync");
        Object schema = body.get("schema");
        Object keyOptions = body.get("keyOptions");
        CollectionSpec spec = new CollectionSpec(type, waitForSync instanceof Boolean ? (Boolean) waitForSync : null,
                schema instanceof Map ? JsonCodec.asObject(schema) : null,
                keyOptions instanceof Map ? JsonCodec.asObject(keyOptions) : null);
        state.gateway(request.database()).createCollection((String) name, spec);
        MemoryDatabase db = state.database(request.database());
        MemoryCollection created = db.read(() -> db.collection((String) name));
        return ApiResponse.ok(200, describe(request, created));
    }

    private static CollectionType typeOf(Object type) {
        if (type == null) {
            return CollectionType.DOCUMENT;
        }
        if (type instanceof Number) {
            int code = ((Number) type).intValue();
            if (code == 2 || code == 3) {
                return CollectionType.fromCode(code);
            }
        } else if ("edge".equals(type) || "document".equals(type)) {
            return CollectionType.fromWireName((String) type);
        }
        throw ArangoErrors.BAD_PARAMETER.error("invalid collection type");
    }

    private ApiResponse checksum(ApiRequest request) {
        MemoryCollection c = collection(request);
        Map<String, Object> json = summary(request, c);
        json.put("checksum", Integer.toString(c.info().name().hashCode() ^ (int) count(request)));
        json.put("revision", revision(request));
        return ApiResponse.ok(200, json);
    }

    private ApiResponse truncate(ApiRequest request) {
        state.gateway(request.database()).truncateCollection(request.param("name"));
        return ApiResponse.ok(200, summary(request, collection(request)));
    }

    private ApiResponse changeProperties(ApiRequest request) {
        Map<String, Object> body = request.objectOrEmpty();
        String name = collection(request).name();
        if (body.containsKey("schema")) {
            Object schema = body.get("schema");
            state.gateway(request.database()).setSchema(name, schema instanceof Map ? JsonCodec.asObject(schema)
                    : null);
        }
        if (body.get("waitForSync") instanceof Boolean) {
            MemoryDatabase db = state.database(request.database());
            db.write(() -> db.setWaitForSync(name, (Boolean) body.get("waitForSync")));
        }
        return properties(request, Map.of());
    }

    /**
     * Renames a collection and its mentions in named graphs. A body that is no object counts as empty, as on the
     * server; without a string {@code name}: 400/1208 "name is empty".
     */
    private ApiResponse rename(ApiRequest request) {
        MemoryCollection target = collection(request);
        Object newName = request.json() instanceof Map<?, ?> body ? body.get("name") : null;
        if (!(newName instanceof String)) {
            throw ArangoErrors.ILLEGAL_NAME.error("name is empty");
        }
        MemoryDatabase db = state.database(request.database());
        MemoryCollection renamed = db.write(() -> new NamedGraphs(db).renameCollection(target.name(),
                (String) newName));
        return ApiResponse.ok(200, summary(request, renamed));
    }

    private ApiResponse drop(ApiRequest request) {
        MemoryCollection c = collection(request);
        if (c.info().system() && !request.flag("isSystem", false)) {
            throw new DatabaseError(403, 11, "forbidden");
        }
        state.gateway(request.database()).dropCollection(c.name());
        return ApiResponse.ok(200, Map.of("id", c.info().id()));
    }
}
