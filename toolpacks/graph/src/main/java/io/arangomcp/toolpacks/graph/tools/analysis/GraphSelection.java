package io.arangomcp.toolpacks.graph.tools.analysis;

import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.GraphInfo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The graphs an analysis tool works on: the named one (a missing one is an error, not an empty success), or all.
 */
final class GraphSelection {
    private GraphSelection() {
    }

    /** The graph named, or every graph of the database when {@code name} is empty. */
    static List<GraphInfo> select(DatabaseGateway db, String name) {
        if (name != null && !name.isBlank()) {
            // 404/1924 "graph not found" from the gateway when it does not exist.
            return List.of(db.graph(name));
        }
        return db.graphs();
    }

    /** The names of the collections that exist, to skip those a graph names but nobody created. */
    static Set<String> existingCollections(DatabaseGateway db) {
        Set<String> names = new HashSet<>();
        db.collections().forEach(c -> names.add(c.name()));
        return names;
    }
}
