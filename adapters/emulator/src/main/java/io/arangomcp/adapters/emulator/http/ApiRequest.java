package io.arangomcp.adapters.emulator.http;

import io.arangomcp.domain.error.ArangoErrors;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Emulator HTTP: one request as the handlers see it: the method, the database it addresses ({@code /_db/<name>}
 * stripped, {@code _system} by default), the decoded path segments after it, the query parameters, the headers
 * (names case-insensitive), the body, and who sent it. Immutable apart from the lazily parsed JSON body.
 */
public final class ApiRequest {

    private final String method;
    private final String database;
    private final String path;
    private final List<String> segments;
    private final Map<String, String> query;
    private final Map<String, String> headers;
    private final byte[] body;
    private final String user;
    private Map<String, String> pathParams = Map.of();
    private Object json;
    private boolean parsed;

    public ApiRequest(String method, String database, String path, List<String> segments, Map<String, String> query,
                      Map<String, String> headers, byte[] body, String user) {
        this.method = Objects.requireNonNull(method, "method is null").toUpperCase(Locale.ROOT);
        this.database = Objects.requireNonNull(database, "database is null");
        this.path = Objects.requireNonNull(path, "path is null");
        this.segments = List.copyOf(segments);
        this.query = Map.copyOf(query);
        Map<String, String> lower = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        lower.putAll(headers);
        this.headers = Collections.unmodifiableMap(lower);
        this.body = body == null ? new byte[0] : body.clone();
        this.user = user;
    }

    /** The same request with another authenticated user. */
    public ApiRequest withUser(String authenticated) {
        return new ApiRequest(method, database, path, segments, query, headers, body, authenticated);
    }

    public String method() {
        return method;
    }

    public String database() {
        return database;
    }

    /** The path after the database prefix, e.g. {@code /_api/document/users/1}. */
    public String path() {
        return path;
    }

    /** The decoded segments of {@link #path()}. */
    public List<String> segments() {
        return segments;
    }

    /** The authenticated user, or {@code null} when authentication is off. */
    public String user() {
        return user;
    }

    void bindPathParams(Map<String, String> params) {
        this.pathParams = Map.copyOf(params);
    }

    /** A path parameter of the matched route ({@code {name}} in the pattern). */
    public String param(String name) {
        return pathParams.get(name);
    }

    /** A query parameter, or {@code null}. */
    public String query(String name) {
        return query.get(name);
    }

    /** A boolean query parameter: {@code true}/{@code yes}/{@code on}/{@code 1} count as true. */
    public boolean flag(String name, boolean fallback) {
        String value = query.get(name);
        if (value == null) {
            return fallback;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("1") || v.isEmpty();
    }

    /** A boolean query parameter, or {@code null} when absent. */
    public Boolean optionalFlag(String name) {
        return query.containsKey(name) ? flag(name, false) : null;
    }

    /** A header (case-insensitive name), or {@code null}. */
    public String header(String name) {
        return headers.get(name);
    }

    public boolean hasBody() {
        return body.length > 0 && !new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank();
    }

    public byte[] body() {
        return body.clone();
    }

    /** The body as JSON ({@code null} when empty); 400/600 when it is not JSON. */
    public Object json() {
        if (!parsed) {
            json = hasBody() ? JsonCodec.parse(body) : null;
            parsed = true;
        }
        return json;
    }

    /** The body as a JSON object; 400/600 when it is something else or missing. */
    public Map<String, Object> object() {
        Object value = json();
        if (!(value instanceof Map)) {
            throw ArangoErrors.CORRUPTED_JSON.error("expecting a JSON object as body");
        }
        return JsonCodec.asObject(value);
    }

    /** The body as a JSON object, or an empty object when there is no body. */
    public Map<String, Object> objectOrEmpty() {
        return json() == null ? Map.of() : object();
    }
}
