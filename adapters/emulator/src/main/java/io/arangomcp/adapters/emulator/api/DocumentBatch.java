package io.arangomcp.adapters.emulator.api;

import io.arangomcp.adapters.emulator.api.TransactionUndo.Kind;
import io.arangomcp.adapters.emulator.http.ApiRequest;
import io.arangomcp.adapters.emulator.http.ApiResponse;
import io.arangomcp.adapters.emulator.http.JsonCodec;
import io.arangomcp.adapters.emulator.state.EmulatorState;
import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Emulator API: document batches (a JSON array on {@code /_api/document/<collection>}): insert, replace,
 * update, remove and read ({@code onlyget=true}). The answer has one element per input, in order; a failed
 * element is an inline error {@code {error, errorNum, errorMessage}}, counted in the
 * {@code x-arango-error-codes} header, and the status stays that of a success.
 */
final class DocumentBatch {

    /** One write of a batch element. */
    @FunctionalInterface
    private interface ElementWrite {
        WriteResult apply(Object element);
    }

    private final EmulatorState state;
    private final DocumentApi single;

    DocumentBatch(EmulatorState state, DocumentApi single) {
        this.state = Objects.requireNonNull(state, "state is null");
        this.single = Objects.requireNonNull(single, "single is null");
    }

    ApiResponse insert(ApiRequest request, String collection, List<Object> documents) {
        WriteParams params = WriteParams.of(request);
        DatabaseGateway gateway = single.gateway(request);
        gateway.collection(collection);
        TransactionUndo undo = TransactionUndo.of(request, state, collection);
        return writeAll(request, collection, documents, params, element -> undo.record(gateway.insert(collection,
                object(element), params.forBatchElement(null)), Kind.INSERT, params.options()), false);
    }

    ApiResponse change(ApiRequest request, boolean merge) {
        String collection = request.param("collection");
        WriteParams params = WriteParams.of(request);
        DatabaseGateway gateway = single.gateway(request);
        gateway.collection(collection);
        TransactionUndo undo = TransactionUndo.of(request, state, collection);
        return writeAll(request, collection, array(request), params, element -> {
            Map<String, Object> document = object(element);
            WriteOptions asked = params.forBatchElement(document);
            WriteOptions effective = undo.prepare(asked, Kind.CHANGE);
            String key = keyOf(element);
            WriteResult result = merge ? gateway.update(collection, key, document, effective)
                    : gateway.replace(collection, key, document, effective);
            return undo.record(result, Kind.CHANGE, asked);
        }, false);
    }

    ApiResponse remove(ApiRequest request) {
        String collection = request.param("collection");
        WriteParams params = WriteParams.of(request);
        DatabaseGateway gateway = single.gateway(request);
        gateway.collection(collection);
        TransactionUndo undo = TransactionUndo.of(request, state, collection);
        return writeAll(request, collection, array(request), params, element -> {
            WriteOptions asked = params.forBatchElement(element);
            return undo.record(gateway.remove(collection, keyOf(element), undo.prepare(asked, Kind.REMOVE)),
                    Kind.REMOVE, asked);
        }, true);
    }

    ApiResponse read(ApiRequest request) {
        String collection = request.param("collection");
        DatabaseGateway gateway = single.gateway(request);
        gateway.collection(collection);
        List<Object> answers = new ArrayList<>();
        Map<String, Integer> errors = new TreeMap<>();
        for (Object element : array(request)) {
            try {
                answers.add(gateway.document(collection, keyOf(element)));
            } catch (DatabaseError e) {
                answers.add(inlineError(e, errors));
            }
        }
        return withErrorCodes(ApiResponse.json(200, answers), errors);
    }

    private ApiResponse writeAll(ApiRequest request, String collection, List<Object> elements, WriteParams params,
                                 ElementWrite write, boolean removal) {
        List<Object> answers = new ArrayList<>();
        Map<String, Integer> errors = new TreeMap<>();
        boolean wrote = false;
        for (Object element : elements) {
            try {
                WriteResult result = write.apply(element);
                answers.add(params.silent() ? Map.of() : result.toJson());
                wrote = true;
            } catch (DatabaseError e) {
                answers.add(inlineError(e, errors));
            }
        }
        // a batch that wrote nothing did not wait for a sync either
        int status = wrote ? single.writeStatus(request, collection, params.options()) : 202;
        if (removal && status == 201) {
            status = 200;
        }
        Object body = params.silent() && errors.isEmpty() ? List.of() : answers;
        return withErrorCodes(ApiResponse.json(status, body), errors);
    }

    private static List<Object> array(ApiRequest request) {
        Object body = request.json();
        if (!(body instanceof List)) {
            throw ArangoErrors.BAD_PARAMETER.error("expecting an array of documents");
        }
        return JsonCodec.asList(body);
    }

    private static Map<String, Object> object(Object element) {
        if (!(element instanceof Map)) {
            throw ArangoErrors.DOCUMENT_TYPE_INVALID.error();
        }
        return JsonCodec.asObject(element);
    }

    /** The key an element names: a key or id string, or an object's {@code _key}; 400/1205 otherwise. */
    private static String keyOf(Object element) {
        Object key = element instanceof Map ? ((Map<?, ?>) element).get("_key") : element;
        if (key == null) {
            throw ArangoErrors.DOCUMENT_HANDLE_BAD.error();
        }
        if (!(key instanceof String)) {
            throw ArangoErrors.DOCUMENT_KEY_BAD.error();
        }
        String text = (String) key;
        int slash = text.indexOf('/');
        return slash >= 0 ? text.substring(slash + 1) : text;
    }

    private static Map<String, Object> inlineError(DatabaseError e, Map<String, Integer> errors) {
        errors.merge(Integer.toString(e.errorNum()), 1, Integer::sum);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("error", true);
        json.put("errorNum", e.errorNum());
        json.put("errorMessage", e.getMessage());
        return json;
    }

    private static ApiResponse withErrorCodes(ApiResponse response, Map<String, Integer> errors) {
        return errors.isEmpty() ? response : response.withHeader("x-arango-error-codes", JsonCodec.text(errors));
    }
}
