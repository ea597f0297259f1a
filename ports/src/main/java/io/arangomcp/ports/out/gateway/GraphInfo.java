package io.arangomcp.ports.out.gateway;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A named graph: its edge definitions and orphan vertex collections.
 *
 * @param name              the graph name
 * @param edgeDefinitions   the edge definitions, in definition order
 * @param orphanCollections vertex collections not used by any edge definition
 * @since 0.1
 */
public record GraphInfo(String name, List<EdgeDefinition> edgeDefinitions, List<String> orphanCollections) {
    public GraphInfo {
        Objects.requireNonNull(name, "name is null");
        edgeDefinitions = List.copyOf(edgeDefinitions);
        orphanCollections = List.copyOf(orphanCollections);
    }

    /** All vertex collections (from, to and orphans), in first-mention order. */
    public List<String> vertexCollections() {
        Set<String> all = new LinkedHashSet<>();
        for (EdgeDefinition d : edgeDefinitions) {
            all.addAll(d.from());
            all.addAll(d.to());
        }
        all.addAll(orphanCollections);
        return List.copyOf(all);
    }

    /** The edge collections, in definition order. */
    public List<String> edgeCollections() {
        return edgeDefinitions.stream().map(EdgeDefinition::collection).toList();
    }
}
