package io.arangomcp.adapters.arangodb;

import com.arangodb.Request.Method;
import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static io.arangomcp.adapters.arangodb.RestCalls.request;

/**
 * ArangoDB backend: collections ({@code /_api/collection}). The list endpoint omits {@code waitForSync} and
 * {@code schema}, so listing also reads every collection's properties, all at once (one round trip on HTTP/2).
 */
final class CollectionCalls {

    private static final String API = "/_api/collection";

    private final RestCalls rest;

    CollectionCalls(RestCalls rest) {
        this.rest = Objects.requireNonNull(rest, "rest is null");
    }

    List<CollectionInfo> list() {
        List<Object> summaries = Json.array(Json.object(rest.read(request(Method.GET, API)), "collections")
                .get("result"), "collections");
        List<CompletableFuture<Object>> properties = new ArrayList<>();
        for (Object summary : summaries) {
            String name = Json.string(Json.object(summary, "collection"), "name");
            properties.add(rest.sendAsync(request(Method.GET, API, name, "properties")));
        }
        List<CollectionInfo> infos = new ArrayList<>();
        for (CompletableFuture<Object> future : properties) {
            try {
                infos.add(info(future.join()));
            } catch (CompletionException e) {
                RuntimeException translated = rest.translate(e);
                if (!isNotFound(translated)) {
                    throw translated;
                }
                // dropped between the list and the properties call: not listed, as a later list would not
            }
        }
        return infos;
    }

    private static boolean isNotFound(RuntimeException e) {
        return e instanceof io.arangomcp.domain.error.DatabaseError
                && ((io.arangomcp.domain.error.DatabaseError) e).errorNum() == 1203;
    }

    CollectionInfo get(String name) {
        return info(rest.read(request(Method.GET, API, name, "properties")));
    }

    CollectionInfo create(String name, CollectionSpec spec) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", spec.type().code());
        if (spec.waitForSync() != null) {
            body.put("waitForSync", spec.waitForSync());
        }
        if (spec.schema() != null) {
            body.put("schema", spec.schema());
        }
        if (spec.keyOptions() != null) {
            body.put("keyOptions", spec.keyOptions());
        }
        if (name.startsWith("_")) {
            body.put("isSystem", true);
        }
        return info(rest.send(request(Method.POST, API).body(body)));
    }

    void drop(String name) {
        rest.send(request(Method.DELETE, API, name).query("isSystem", name.startsWith("_") ? Boolean.TRUE : null));
    }

    void truncate(String name) {
        rest.send(request(Method.PUT, API, name, "truncate"));
    }

    long count(String name) {
        return Json.number(Json.object(rest.read(request(Method.GET, API, name, "count")), "count"), "count");
    }

    CollectionInfo setSchema(String name, Map<String, Object> schema) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schema", schema);
        return info(rest.send(request(Method.PUT, API, name, "properties").body(body)));
    }

    /** A collection from its properties. */
    static CollectionInfo info(Object answer) {
        Map<String, Object> json = Json.object(answer, "collection properties");
        Object schema = json.get("schema");
        Object type = json.get("type");
        return new CollectionInfo(Json.string(json, "id"), Json.string(json, "name"),
                CollectionType.fromCode(type instanceof Number ? ((Number) type).intValue() : 2),
                Json.bool(json, "isSystem"), Json.bool(json, "waitForSync"),
                schema instanceof Map ? Json.object(schema, "schema") : null);
    }
}
