package io.arangomcp.adapters.arangodb;

import com.arangodb.Request.Method;
import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.ports.out.gateway.IndexInfo;
import io.arangomcp.ports.out.gateway.IndexSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static io.arangomcp.adapters.arangodb.RestCalls.request;

/**
 * ArangoDB backend: indexes ({@code /_api/index}). Requests and answers are taken whole, so every index type
 * the server knows (the legacy {@code hash} and {@code skiplist} aliases included) and all its attributes pass
 * through; the driver's typed index calls know a fixed set.
 */
final class IndexCalls {

    private static final String API = "/_api/index";
    private static final Set<String> DESCRIBED = Set.of("id", "name", "type", "fields", "unique", "sparse",
            "selectivityEstimate", "isNewlyCreated", "error", "code");

    private final RestCalls rest;

    IndexCalls(RestCalls rest) {
        this.rest = Objects.requireNonNull(rest, "rest is null");
    }

    List<IndexInfo> list(String collection) {
        Map<String, Object> answer = Json.object(rest.read(request(Method.GET, API).query("collection", collection)),
                "indexes");
        List<IndexInfo> indexes = new ArrayList<>();
        for (Object index : Json.array(answer.get("indexes"), "indexes")) {
            indexes.add(info(index));
        }
        return indexes;
    }

    IndexInfo ensure(String collection, IndexSpec spec) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", spec.type());
        body.put("fields", spec.fields());
        body.put("unique", spec.unique());
        body.put("sparse", spec.sparse());
        if (spec.name() != null) {
            body.put("name", spec.name());
        }
        body.putAll(spec.options());
        return info(rest.send(request(Method.POST, API).query("collection", collection).body(body)));
    }

    String drop(String collection, String idOrName) {
        String handle = idOrName;
        int slash = idOrName.indexOf('/');
        if (slash >= 0) {
            if (!idOrName.substring(0, slash).equals(collection)) {
                throw ArangoErrors.CROSS_COLLECTION_REQUEST.error();
            }
            handle = idOrName.substring(slash + 1);
        }
        Map<String, Object> answer = Json.object(rest.send(request(Method.DELETE, API, collection, handle)),
                "dropped index");
        return Json.string(answer, "id");
    }

    /** An index from the server's description of it. */
    static IndexInfo info(Object answer) {
        Map<String, Object> json = Json.object(answer, "index");
        List<String> fields = new ArrayList<>();
        Object declared = json.get("fields");
        if (declared instanceof List) {
            for (Object field : (List<?>) declared) {
                Object name = field instanceof Map ? ((Map<?, ?>) field).get("name") : field;
                fields.add(String.valueOf(name));
            }
        }
        Map<String, Object> options = new LinkedHashMap<>(json);
        options.keySet().removeAll(DESCRIBED);
        Object estimate = json.get("selectivityEstimate");
        Object created = json.get("isNewlyCreated");
        return new IndexInfo(Json.string(json, "id"), Json.string(json, "name"), Json.string(json, "type"), fields,
                Json.bool(json, "unique"), Json.bool(json, "sparse"),
                estimate instanceof Number ? ((Number) estimate).doubleValue() : null,
                Boolean.TRUE.equals(created), options);
    }
}
