package io.arangomcp.adapters.emulator.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Emulator HTTP: what a handler answers: a status, extra headers, and a JSON body (or none, e.g. for 304 and
 * HEAD). Bodies of the usual shape carry {@code error} and {@code code} as a real server's do.
 *
 * @param status  the HTTP status
 * @param headers extra response headers (lower-case names)
 * @param body    the JSON body, or {@code null} for an empty body
 */
public record ApiResponse(int status, Map<String, String> headers, Object body) {

    public ApiResponse {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** A JSON body as is. */
    public static ApiResponse json(int status, Object body) {
        return new ApiResponse(status, Map.of(), body);
    }

    /** {@code {error: false, code: status}} followed by the given attributes. */
    public static ApiResponse ok(int status, Map<String, ?> attributes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", false);
        body.put("code", status);
        body.putAll(attributes);
        return json(status, body);
    }

    /** {@code {error: false, code: status, result: value}}. */
    public static ApiResponse result(int status, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", false);
        body.put("code", status);
        body.put("result", value);
        return json(status, body);
    }

    /** An empty body. */
    public static ApiResponse empty(int status) {
        return new ApiResponse(status, Map.of(), null);
    }

    /** The same response with one more header. */
    public ApiResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, more, body);
    }
}
