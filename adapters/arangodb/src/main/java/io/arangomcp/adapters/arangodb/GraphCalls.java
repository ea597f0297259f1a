package io.arangomcp.adapters.arangodb;

import com.arangodb.Request.Method;
import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.arangomcp.adapters.arangodb.RestCalls.request;

/**
 * ArangoDB backend: named graphs ({@code /_api/gharial}): list, read, create, drop, and adding vertex
 * collections and edge definitions.
 */
final class GraphCalls {

    private static final String API = "/_api/gharial";

    private final RestCalls rest;

    GraphCalls(RestCalls rest) {
        this.rest = Objects.requireNonNull(rest, "rest is null");
    }

    List<GraphInfo> list() {
        List<GraphInfo> graphs = new ArrayList<>();
        for (Object graph : Json.array(Json.object(rest.read(request(Method.GET, API)), "graphs").get("graphs"),
                "graphs")) {
            graphs.add(info(graph));
        }
        return graphs;
    }

    GraphInfo get(String name) {
        return graphOf(rest.read(request(Method.GET, API, name)));
    }

    GraphInfo create(GraphInfo graph) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", graph.name());
        List<Object> definitions = new ArrayList<>();
        graph.edgeDefinitions().forEach(d -> definitions.add(definition(d)));
        body.put("edgeDefinitions", definitions);
        body.put("orphanCollections", graph.orphanCollections());
        return graphOf(rest.send(request(Method.POST, API).body(body)));
    }

    void drop(String name, boolean dropCollections) {
        rest.send(request(Method.DELETE, API, name).query("dropCollections", dropCollections));
    }

    GraphInfo addVertexCollection(String graph, String collection) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("collection", collection);
        return graphOf(rest.send(request(Method.POST, API, graph, "vertex").body(body)));
    }

    GraphInfo addEdgeDefinition(String graph, EdgeDefinition definition) {
        return graphOf(rest.send(request(Method.POST, API, graph, "edge").body(definition(definition))));
    }

    private static Map<String, Object> definition(EdgeDefinition d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("collection", d.collection());
        json.put("from", d.from());
        json.put("to", d.to());
        return json;
    }

    private static GraphInfo graphOf(Object answer) {
        return info(Json.object(answer, "graph answer").get("graph"));
    }

    /** A graph from the server's description of it. */
    static GraphInfo info(Object answer) {
        Map<String, Object> json = Json.object(answer, "graph");
        String name = Json.optionalString(json, "name");
        List<EdgeDefinition> definitions = new ArrayList<>();
        Object declared = json.get("edgeDefinitions");
        if (declared instanceof List) {
            for (Object item : (List<?>) declared) {
                Map<String, Object> d = Json.object(item, "edge definition");
                definitions.add(new EdgeDefinition(Json.string(d, "collection"), Json.strings(d.get("from")),
                        Json.strings(d.get("to"))));
            }
        }
        return new GraphInfo(name != null ? name : Json.string(json, "_key"), definitions,
                Json.strings(json.get("orphanCollections")));
    }
}
