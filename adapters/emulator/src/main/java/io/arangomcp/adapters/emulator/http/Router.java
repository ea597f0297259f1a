package io.arangomcp.adapters.emulator.http;

import io.arangomcp.domain.error.DatabaseError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Emulator HTTP: the route table. A pattern is a path whose segments are literals or {@code {name}}
 * parameters; {@code {name...}} as the last segment takes the rest of the path. The first route whose method
 * and pattern match handles the request; a path that matches with another method answers 405, and an unknown
 * path 404 with errorNum 404, as a real server does.
 */
public final class Router {

    /** Handles one request. */
    @FunctionalInterface
    public interface Handler {
        ApiResponse handle(ApiRequest request);
    }

    private record Route(String method, List<String> pattern, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();

    /** Adds a route. */
    public Router add(String method, String pattern, Handler handler) {
        Objects.requireNonNull(handler, "handler is null");
        routes.add(new Route(method, split(pattern), handler));
        return this;
    }

    /** Routes a request to its handler. */
    public ApiResponse route(ApiRequest request) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, String> params = match(route.pattern(), request.segments());
            if (params == null) {
                continue;
            }
            pathKnown = true;
            if (route.method().equals(request.method())
                    || route.method().equals("GET") && request.method().equals("HEAD")) {
                request.bindPathParams(params);
                return route.handler().handle(request);
            }
        }
        if (pathKnown) {
            throw new DatabaseError(405, 405, "method not supported");
        }
        throw new DatabaseError(404, 404, "unknown path '" + request.path() + "'");
    }

    private static List<String> split(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static Map<String, String> match(List<String> pattern, List<String> segments) {
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            String part = pattern.get(i);
            if (part.startsWith("{") && part.endsWith("...}")) {
                if (i >= segments.size()) {
                    return null;
                }
                params.put(part.substring(1, part.length() - 4), String.join("/", segments.subList(i,
                        segments.size())));
                return params;
            }
            if (i >= segments.size()) {
                return null;
            }
            String segment = segments.get(i);
            if (part.startsWith("{") && part.endsWith("}")) {
                params.put(part.substring(1, part.length() - 1), segment);
            } else if (!part.equals(segment)) {
                return null;
            }
        }
        return pattern.size() == segments.size() ? params : null;
    }
}
