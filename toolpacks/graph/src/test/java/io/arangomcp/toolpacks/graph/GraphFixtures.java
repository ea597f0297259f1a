package io.arangomcp.toolpacks.graph;

import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;

import java.util.List;

/** Test data: a social graph with one edge definition and an orphan collection. */
public final class GraphFixtures {
    public static final GraphInfo SOCIAL = new GraphInfo("social",
            List.of(new EdgeDefinition("knows", List.of("persons"), List.of("persons"))), List.of("places"));

    private GraphFixtures() {
    }

    public static CollectionInfo collection(String name, CollectionType type) {
        return new CollectionInfo("1", name, type, false, false, null);
    }

    public static List<CollectionInfo> socialCollections() {
        return List.of(collection("persons", CollectionType.DOCUMENT), collection("knows", CollectionType.EDGE),
                collection("places", CollectionType.DOCUMENT));
    }
}
