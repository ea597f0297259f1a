package io.arangomcp.adapters.arangodb;

import com.arangodb.Request.Method;
import io.arangomcp.ports.out.gateway.QueryCursor;
import io.arangomcp.ports.out.gateway.QueryOptions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import static io.arangomcp.adapters.arangodb.RestCalls.request;

/**
 * ArangoDB backend: AQL through the raw cursor, explain and parse APIs. The driver's typed cursor and explain
 * entities drop {@code extra.profile}, {@code extra.plan} and parts of plans; the raw answers keep everything.
 * A query is never sent twice (it may write), but explain and parse are reads and may be.
 */
final class QueryCalls {

    private final RestCalls rest;

    QueryCalls(RestCalls rest) {
        this.rest = Objects.requireNonNull(rest, "rest is null");
    }

    QueryCursor query(String query, Map<String, Object> bindVars, QueryOptions options) {
        QueryOptions o = options == null ? QueryOptions.defaults() : options;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("bindVars", bindVars == null ? Map.of() : bindVars);
        if (o.batchSize() != null) {
            body.put("batchSize", o.batchSize());
        }
        body.put("count", o.count());
        if (o.memoryLimit() != null) {
            body.put("memoryLimit", o.memoryLimit());
        }
        Map<String, Object> queryOptions = new LinkedHashMap<>();
        queryOptions.put("fullCount", o.fullCount());
        if (o.maxRuntime() != null) {
            queryOptions.put("maxRuntime", o.maxRuntime());
        }
        if (o.failOnWarning() != null) {
            queryOptions.put("failOnWarning", o.failOnWarning());
        }
        if (o.maxWarningCount() != null) {
            queryOptions.put("maxWarningCount", o.maxWarningCount());
        }
        if (o.profile() > 0) {
            queryOptions.put("profile", o.profile());
        }
        body.put("options", queryOptions);
        Map<String, Object> first = Json.object(rest.send(request(Method.POST, "/_api/cursor").body(body)),
                "cursor");
        return new RestQueryCursor(rest, first);
    }

    Map<String, Object> explain(String query, Map<String, Object> bindVars, boolean allPlans, int maxPlans) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("allPlans", allPlans);
        options.put("maxNumberOfPlans", maxPlans);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("bindVars", bindVars == null ? Map.of() : bindVars);
        body.put("options", options);
        return Json.withoutEnvelope(rest.read(request(Method.POST, "/_api/explain").body(body)), "explain");
    }

    Map<String, Object> parse(String query) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        return Json.withoutEnvelope(rest.read(request(Method.POST, "/_api/query").body(body)), "parse");
    }
}
