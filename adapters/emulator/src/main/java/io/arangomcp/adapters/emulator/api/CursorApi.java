package io.arangomcp.adapters.emulator.api;

import io.arangomcp.adapters.emulator.http.ApiRequest;
import io.arangomcp.adapters.emulator.http.ApiResponse;
import io.arangomcp.adapters.emulator.http.JsonCodec;
import io.arangomcp.adapters.emulator.http.Router;
import io.arangomcp.adapters.emulator.state.CursorRegistry.OpenCursor;
import io.arangomcp.adapters.emulator.state.EmulatorState;
import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.QueryCursor;
import io.arangomcp.ports.out.gateway.QueryOptions;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Emulator API: AQL cursors ({@code /_api/cursor}) on the memory backend's {@code query} port: create (201 with
 * the first batch), next batch ({@code POST /_api/cursor/<id>}, also the deprecated PUT, and the retry form
 * {@code /<id>/<batchId>}), and delete (202). An exhausted or deleted cursor answers 404/1600. Without an AQL
 * engine in the memory backend, creating a cursor answers 501/9.
 */
final class CursorApi {

    private static final int DEFAULT_BATCH_SIZE = 1000;
    private static final Duration DEFAULT_TTL = Duration.ofSeconds(30);

    private final EmulatorState state;

    CursorApi(EmulatorState state) {
        this.state = Objects.requireNonNull(state, "state is null");
    }

    void register(Router router) {
        router.add("POST", "/_api/cursor", this::create)
                .add("PUT", "/_api/cursor", r -> {
                    throw new DatabaseError(400, 400, "expecting PUT /_api/cursor/<cursor-id>");
                })
                .add("POST", "/_api/cursor/{id}", this::next)
                .add("PUT", "/_api/cursor/{id}", this::next)
                .add("POST", "/_api/cursor/{id}/{batch}", this::retry)
                .add("DELETE", "/_api/cursor/{id}", this::delete);
    }

    private ApiResponse create(ApiRequest request) {
        Object json = request.json();
        if (json == null) {
            throw ArangoErrors.QUERY_EMPTY.error();
        }
        if (!(json instanceof Map) || !JsonCodec.asObject(json).containsKey("query")) {
            throw ArangoErrors.CORRUPTED_JSON.error("expecting a JSON object with attribute 'query'");
        }
        Map<String, Object> body = JsonCodec.asObject(json);
        Object query = body.get("query");
        if (query == null || "".equals(query)) {
            throw ArangoErrors.QUERY_EMPTY.error();
        }
        if (!(query instanceof String)) {
            throw ArangoErrors.BAD_PARAMETER.error("expecting string for <query>");
        }
        Map<String, Object> bindVars = QueryApi.bindVars(body);
        QueryOptions options = options(body);
        QueryCursor cursor = state.gateway(request.database()).query((String) query, bindVars, options);
        boolean registered = false;
        try {
            Batch batch = Batch.read(cursor, null);
            // a streaming query cannot know its count (ArangoDB answers none)
            boolean stream = body.get("options") instanceof Map
                    && Boolean.TRUE.equals(JsonCodec.asObject(body.get("options")).get("stream"));
            Long count = options.count() && !stream ? cursor.count() : null;
            if (!batch.hasMore()) {
                return ApiResponse.json(201, answer(201, batch.rows(), false, null, count, cursor));
            }
            OpenCursor open = state.cursors().register(request.database(), cursor, count, ttl(body));
            registered = true;
            open.lookahead(batch.next());
            Map<String, Object> answer = answer(201, batch.rows(), true, open, count, cursor);
            open.answered(answer);
            return ApiResponse.json(201, answer);
        } finally {
            if (!registered) {
                cursor.close();
            }
        }
    }

    private ApiResponse next(ApiRequest request) {
        OpenCursor open = state.cursors().get(request.database(), request.param("id"));
        synchronized (open) {
            return ApiResponse.json(200, fetch(open));
        }
    }

    private ApiResponse retry(ApiRequest request) {
        OpenCursor open = state.cursors().get(request.database(), request.param("id"));
        long batch;
        try {
            batch = Long.parseLong(request.param("batch"));
        } catch (NumberFormatException e) {
            throw ArangoErrors.BAD_PARAMETER.error("invalid batch id");
        }
        synchronized (open) {
            Map<String, Object> again = open.answerOf(batch);
            if (again != null) {
                return ApiResponse.json(200, withCode(again, 200));
            }
            if (!open.isNext(batch)) {
                throw ArangoErrors.CURSOR_NOT_FOUND.error("batch id " + batch + " not found");
            }
            return ApiResponse.json(200, fetch(open));
        }
    }

    private Map<String, Object> fetch(OpenCursor open) {
        QueryCursor cursor = open.cursor();
        Batch batch = Batch.read(cursor, open.takeLookahead());
        Map<String, Object> answer = answer(200, batch.rows(), batch.hasMore(), open, open.count(), cursor);
        if (batch.hasMore()) {
            open.lookahead(batch.next());
            open.answered(answer);
        } else {
            state.cursors().finished(open);
        }
        return answer;
    }

    /**
     * One batch to send, and the batch after it read early: a cursor may only say there is more after it has
     * delivered its last row, and a real server never answers {@code hasMore: true} before an empty batch
     * (the Java driver's iterator fails on one).
     */
    private record Batch(List<Object> rows, boolean hasMore, List<Object> next) {
        static Batch read(QueryCursor cursor, List<Object> readEarly) {
            List<Object> rows = readEarly != null ? readEarly : cursor.nextBatch();
            if (!cursor.hasMore()) {
                return new Batch(rows, false, null);
            }
            List<Object> next = cursor.nextBatch();
            boolean more = !next.isEmpty() || cursor.hasMore();
            return new Batch(rows, more, next);
        }
    }

    private static Map<String, Object> withCode(Map<String, Object> answer, int code) {
        Map<String, Object> copy = new LinkedHashMap<>(answer);
        copy.put("code", code);
        return copy;
    }

    private ApiResponse delete(ApiRequest request) {
        state.cursors().delete(request.database(), request.param("id"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", request.param("id"));
        body.put("error", false);
        body.put("code", 202);
        return ApiResponse.json(202, body);
    }

    private static Map<String, Object> answer(int code, List<Object> rows, boolean hasMore, OpenCursor open,
                                              Long count, QueryCursor cursor) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("result", rows);
        body.put("hasMore", hasMore);
        if (hasMore) {
            body.put("id", open.id());
        }
        if (count != null) {
            body.put("count", count);
        }
        body.put("extra", cursor.extra());
        body.put("cached", false);
        if (hasMore) {
            body.put("nextBatchId", Long.toString(open.nextBatchId()));
        }
        body.put("error", false);
        body.put("code", code);
        return body;
    }

    private static Duration ttl(Map<String, Object> body) {
        Object ttl = body.get("ttl");
        return ttl instanceof Number && ((Number) ttl).doubleValue() > 0
                ? Duration.ofMillis((long) (((Number) ttl).doubleValue() * 1000)) : DEFAULT_TTL;
    }

    /** The cursor options of a request body ({@code batchSize}, {@code count}, {@code memoryLimit}, options). */
    static QueryOptions options(Map<String, Object> body) {
        Map<String, Object> options = body.get("options") instanceof Map ? JsonCodec.asObject(body.get("options"))
                : Map.of();
        try {
            return QueryOptions.defaults()
                    .withBatchSize(integer(body.get("batchSize"), DEFAULT_BATCH_SIZE))
                    .withCount(Boolean.TRUE.equals(body.get("count")))
                    .withMemoryLimit(body.get("memoryLimit") instanceof Number
                            && ((Number) body.get("memoryLimit")).longValue() > 0
                            ? ((Number) body.get("memoryLimit")).longValue() : null)
                    .withFullCount(Boolean.TRUE.equals(options.get("fullCount")))
                    .withMaxRuntime(options.get("maxRuntime") instanceof Number
                            && ((Number) options.get("maxRuntime")).doubleValue() > 0
                            ? ((Number) options.get("maxRuntime")).doubleValue() : null)
                    .withFailOnWarning(options.get("failOnWarning") instanceof Boolean
                            ? (Boolean) options.get("failOnWarning") : null)
                    .withMaxWarningCount(options.get("maxWarningCount") instanceof Number
                            ? ((Number) options.get("maxWarningCount")).intValue() : null)
                    .withProfile(profileLevel(options.get("profile")));
        } catch (IllegalArgumentException e) {
            throw ArangoErrors.BAD_PARAMETER.error(e.getMessage());
        }
    }

    private static Integer integer(Object value, int fallback) {
        return value instanceof Number ? ((Number) value).intValue() : fallback;
    }

    private static int profileLevel(Object profile) {
        if (profile instanceof Boolean) {
            return (Boolean) profile ? 1 : 0;
        }
        return profile instanceof Number ? Math.max(0, Math.min(2, ((Number) profile).intValue())) : 0;
    }
}
