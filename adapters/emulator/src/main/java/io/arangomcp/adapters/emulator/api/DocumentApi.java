package io.arangomcp.adapters.emulator.api;

import io.arangomcp.adapters.emulator.api.TransactionUndo.Kind;
import io.arangomcp.adapters.emulator.http.ApiRequest;
import io.arangomcp.adapters.emulator.http.ApiResponse;
import io.arangomcp.adapters.emulator.http.ErrorResponses;
import io.arangomcp.adapters.emulator.http.JsonCodec;
import io.arangomcp.adapters.emulator.http.Router;
import io.arangomcp.adapters.emulator.state.EmulatorState;
import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Emulator API: single documents ({@code /_api/document/<collection>/<key>}): read (with {@code If-None-Match}
 * 304 and {@code If-Match} 412), HEAD, insert, replace, update and remove, with {@code etag} and {@code location}
 * headers and 201 or 202 depending on {@code waitForSync}. A JSON array body on the collection path is a batch,
 * answered by {@link DocumentBatch}.
 */
final class DocumentApi {

    private final EmulatorState state;
    private final DocumentBatch batch;

    DocumentApi(EmulatorState state) {
        this.state = Objects.requireNonNull(state, "state is null");
        this.batch = new DocumentBatch(state, this);
    }

    void register(Router router) {
        router.add("POST", "/_api/document/{collection}", this::insert)
                .add("POST", "/_api/document", r -> insertInto(r, collectionParameter(r)))
                .add("GET", "/_api/document/{collection}/{key}", this::read)
                .add("PUT", "/_api/document/{collection}/{key}", r -> change(r, false))
                .add("PATCH", "/_api/document/{collection}/{key}", r -> change(r, true))
                .add("DELETE", "/_api/document/{collection}/{key}", this::remove)
                .add("PUT", "/_api/document/{collection}", r -> r.flag("onlyget", false) ? batch.read(r)
                        : batch.change(r, false))
                .add("PATCH", "/_api/document/{collection}", r -> batch.change(r, true))
                .add("DELETE", "/_api/document/{collection}", batch::remove);
    }

    private static String collectionParameter(ApiRequest request) {
        String collection = request.query("collection");
        if (collection == null) {
            throw ArangoErrors.COLLECTION_PARAMETER_MISSING.error("'collection' is missing, expecting "
                    + "/_api/document/<collection> or query parameter 'collection'");
        }
        return collection;
    }

    DatabaseGateway gateway(ApiRequest request) {
        return state.gateway(request.database());
    }

    /** 201 when the write waited for sync (asked for, or the collection's default), else 202. */
    int writeStatus(ApiRequest request, String collection, WriteOptions options) {
        boolean sync = options.waitForSync() != null ? options.waitForSync()
                : gateway(request).collection(collection).waitForSync();
        return sync ? 201 : 202;
    }

    private ApiResponse insert(ApiRequest request) {
        return insertInto(request, request.param("collection"));
    }

    private ApiResponse insertInto(ApiRequest request, String collection) {
        Object body = request.json();
        if (body instanceof List) {
            return batch.insert(request, collection, JsonCodec.asList(body));
        }
        if (!(body instanceof Map)) {
            throw ArangoErrors.DOCUMENT_TYPE_INVALID.error();
        }
        WriteParams params = WriteParams.of(request);
        TransactionUndo undo = TransactionUndo.of(request, state, collection);
        WriteResult result = undo.record(gateway(request).insert(collection, JsonCodec.asObject(body),
                params.options()), Kind.INSERT, params.options());
        return written(request, collection, writeStatus(request, collection, params.options()), result, params);
    }

    /** The answer to a successful single-document write. */
    ApiResponse written(ApiRequest request, String collection, int status, WriteResult result, WriteParams params) {
        Object body = params.silent() ? Map.of() : result.toJson();
        return ApiResponse.json(status, body)
                .withHeader("etag", "\"" + result.rev() + "\"")
                .withHeader("location", location(request, collection, result.key()));
    }

    private static String location(ApiRequest request, String collection, String key) {
        return "/_db/" + request.database() + "/_api/document/" + collection + "/" + key;
    }

    private ApiResponse read(ApiRequest request) {
        String collection = request.param("collection");
        Map<String, Object> document = gateway(request).document(collection, request.param("key"));
        String rev = (String) document.get("_rev");
        String ifNoneMatch = WriteParams.unquote(request.header("if-none-match"));
        if (rev.equals(ifNoneMatch)) {
            return ApiResponse.empty(304).withHeader("etag", "\"" + rev + "\"");
        }
        String ifMatch = WriteParams.unquote(request.header("if-match"));
        if (ifMatch != null && !ifMatch.equals(rev)) {
            return conflict(document);
        }
        return ApiResponse.json(200, document).withHeader("etag", "\"" + rev + "\"");
    }

    /** 412/1200 with the stored document's {@code _id}, {@code _key} and {@code _rev}, as a real server says. */
    static ApiResponse conflict(Map<String, Object> current) {
        Map<String, Object> body = ErrorResponses.body(412, 1200, "conflict, _rev values do not match");
        body.put("_id", current.get("_id"));
        body.put("_key", current.get("_key"));
        body.put("_rev", current.get("_rev"));
        return ApiResponse.json(412, body).withHeader("etag", "\"" + current.get("_rev") + "\"");
    }

    private ApiResponse change(ApiRequest request, boolean merge) {
        Object body = request.json();
        if (!(body instanceof Map)) {
            throw ArangoErrors.DOCUMENT_TYPE_INVALID.error();
        }
        String collection = request.param("collection");
        String key = request.param("key");
        WriteParams params = WriteParams.of(request);
        WriteOptions options = params.forDocument(body);
        TransactionUndo undo = TransactionUndo.of(request, state, collection);
        WriteOptions effective = undo.prepare(options, Kind.CHANGE);
        try {
            WriteResult result = merge
                    ? gateway(request).update(collection, key, JsonCodec.asObject(body), effective)
                    : gateway(request).replace(collection, key, JsonCodec.asObject(body), effective);
            return written(request, collection, writeStatus(request, collection, options),
                    undo.record(result, Kind.CHANGE, options), params);
        } catch (DatabaseError e) {
            return conflictOr(request, collection, key, e);
        }
    }

    private ApiResponse remove(ApiRequest request) {
        String collection = request.param("collection");
        String key = request.param("key");
        WriteParams params = WriteParams.of(request);
        TransactionUndo undo = TransactionUndo.of(request, state, collection);
        try {
            WriteResult result = undo.record(gateway(request).remove(collection, key,
                    undo.prepare(params.options(), Kind.REMOVE)), Kind.REMOVE, params.options());
            int status = writeStatus(request, collection, params.options()) == 201 ? 200 : 202;
            return written(request, collection, status, result, params);
        } catch (DatabaseError e) {
            return conflictOr(request, collection, key, e);
        }
    }

    /** A revision conflict gets the stored document's identity in its body; other failures pass on. */
    private ApiResponse conflictOr(ApiRequest request, String collection, String key, DatabaseError e) {
        if (e.httpStatus() == 412) {
            return conflict(gateway(request).document(collection, key));
        }
        throw e;
    }
}
