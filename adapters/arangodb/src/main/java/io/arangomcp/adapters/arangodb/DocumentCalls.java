package io.arangomcp.adapters.arangodb;

import com.arangodb.Request.Method;
import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.BulkItemResult;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.arangomcp.adapters.arangodb.RestCalls.request;

/**
 * ArangoDB backend: documents ({@code /_api/document}), single and in batches. Write options travel as query
 * parameters and {@code If-Match}; a batch answer's inline errors become per-document {@link DatabaseError}s
 * with the status a single request would have had.
 */
final class DocumentCalls {

    private static final String API = "/_api/document";

    private final RestCalls rest;

    DocumentCalls(RestCalls rest) {
        this.rest = Objects.requireNonNull(rest, "rest is null");
    }

    Map<String, Object> get(String collection, String key) {
        return Json.object(rest.read(request(Method.GET, API, collection, key)), "document");
    }

    WriteResult insert(String collection, Map<String, Object> document, WriteOptions options) {
        return result(rest.send(options(request(Method.POST, API, collection), options, true).body(document)));
    }

    WriteResult update(String collection, String key, Map<String, Object> patch, WriteOptions options) {
        return result(rest.send(options(request(Method.PATCH, API, collection, key), options, false).body(patch)));
    }

    WriteResult replace(String collection, String key, Map<String, Object> document, WriteOptions options) {
        return result(rest.send(options(request(Method.PUT, API, collection, key), options, false).body(document)));
    }

    WriteResult remove(String collection, String key, WriteOptions options) {
        return result(rest.send(options(request(Method.DELETE, API, collection, key), options, false)));
    }

    List<BulkItemResult> insertAll(String collection, List<Map<String, Object>> documents, WriteOptions options) {
        return batch(rest.send(options(request(Method.POST, API, collection), options.withIfMatch(null), true)
                .body(documents)));
    }

    List<BulkItemResult> updateAll(String collection, List<Map<String, Object>> patches, WriteOptions options) {
        return batch(rest.send(options(request(Method.PATCH, API, collection), options.withIfMatch(null), false)
                .body(patches)));
    }

    List<BulkItemResult> replaceAll(String collection, List<Map<String, Object>> documents, WriteOptions options) {
        return batch(rest.send(options(request(Method.PUT, API, collection), options.withIfMatch(null), false)
                .body(documents)));
    }

    List<BulkItemResult> removeAll(String collection, List<String> keys, WriteOptions options) {
        return batch(rest.send(options(request(Method.DELETE, API, collection), options.withIfMatch(null), false)
                .body(keys)));
    }

    private static RestCalls.Call options(RestCalls.Call call, WriteOptions options, boolean insert) {
        WriteOptions o = options == null ? WriteOptions.defaults() : options;
        call.query("returnNew", o.returnNew() ? Boolean.TRUE : null)
                .query("returnOld", o.returnOld() ? Boolean.TRUE : null)
                .query("keepNull", o.keepNull() ? null : Boolean.FALSE)
                .query("mergeObjects", o.mergeObjects() ? null : Boolean.FALSE)
                .query("waitForSync", o.waitForSync())
                .header("if-match", o.ifMatch() == null ? null : "\"" + o.ifMatch() + "\"");
        if (insert && o.overwriteMode() != null) {
            call.query("overwriteMode", o.overwriteMode().wireName());
        }
        return call;
    }

    /** A write result from {@code {_id, _key, _rev, _oldRev?, new?, old?}}. */
    static WriteResult result(Object answer) {
        Map<String, Object> json = Json.object(answer, "write result");
        Object created = json.get("new");
        Object old = json.get("old");
        return new WriteResult(Json.string(json, "_id"), Json.string(json, "_key"), Json.string(json, "_rev"),
                Json.optionalString(json, "_oldRev"), created instanceof Map ? Json.object(created, "new") : null,
                old instanceof Map ? Json.object(old, "old") : null);
    }

    private static List<BulkItemResult> batch(Object answer) {
        List<BulkItemResult> results = new ArrayList<>();
        for (Object item : Json.array(answer, "batch result")) {
            Map<String, Object> json = Json.object(item, "batch element");
            if (Boolean.TRUE.equals(json.get("error"))) {
                Object number = json.get("errorNum");
                int errorNum = number instanceof Number ? ((Number) number).intValue() : 0;
                String message = Json.optionalString(json, "errorMessage");
                results.add(BulkItemResult.failure(new DatabaseError(ArangoErrors.statusOf(errorNum, 400), errorNum,
                        message == null ? "error " + errorNum : message)));
            } else {
                results.add(BulkItemResult.success(result(json)));
            }
        }
        return results;
    }
}
