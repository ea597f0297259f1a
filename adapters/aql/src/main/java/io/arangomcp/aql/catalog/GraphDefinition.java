package io.arangomcp.aql.catalog;

import java.util.List;

/**
 * A named graph: its edge definitions (in definition order, which fixes traversal order) and orphan
 * collections.
 *
 * @param name              the graph name
 * @param edgeDefinitions   the edge definitions
 * @param orphanCollections vertex collections not used in any edge definition
 */
public record GraphDefinition(String name, List<EdgeDefinition> edgeDefinitions, List<String> orphanCollections) {
    public GraphDefinition {
        edgeDefinitions = List.copyOf(edgeDefinitions);
        orphanCollections = List.copyOf(orphanCollections);
    }

    /**
     * One edge definition.
     *
     * @param collection the edge collection
     * @param from       vertex collections edges may start in
     * @param to         vertex collections edges may end in
     */
    public record EdgeDefinition(String collection, List<String> from, List<String> to) {
        public EdgeDefinition {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }
    }
}
