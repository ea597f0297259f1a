package io.arangomcp.aql.fidelity;

import java.util.List;
import java.util.Map;

/**
 * The examples the runner does not run, each with its reason: only those needing a cluster, ArangoSearch, or
 * values specific to one server.
 */
final class Skips {
    private Skips() {
    }

    @SuppressWarnings("unchecked")
    static String reason(Map<String, Object> ex) {
        if ("cluster".equals(ex.get("serverType"))) {
            return "needs a cluster";
        }
        List<Object> nondeterminism = (List<Object>) ex.get("nondeterminism");
        for (Object n : nondeterminism) {
            String s = String.valueOf(n);
            if (s.contains("SHARD_ID")) {
                return "server-specific value: SHARD_ID() depends on the cluster's shards";
            }
            if (s.contains("MINHASH")) {
                return "server-specific value: MINHASH() is tied to ArangoDB's hash implementation";
            }
            if (s.contains("VERSION") || s.contains("CURRENT_")) {
                return "server-specific value: " + s;
            }
        }
        String query = String.valueOf(ex.get("query"));
        if (query.contains("TOKENS(") && query.matches("(?s).*\"text_[a-z]+\".*")) {
            return "needs ArangoSearch: text analyzers (stemming, accent folding)";
        }
        if (query.matches("(?s).*\\bSEARCH\\b.*") && !query.contains("K_SHORTEST")) {
            return "needs ArangoSearch: SEARCH on a View";
        }
        return null;
    }
}
