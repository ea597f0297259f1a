package io.arangomcp.toolpacks.graph.tools;

import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;
import io.arangomcp.ports.spi.schema.Doc;

import java.util.List;

/**
 * A named graph as the graph tools report it: its definition and the collections it spans.
 *
 * @param name               the graph name
 * @param edge_definitions   its edge definitions
 * @param orphan_collections vertex collections outside every edge definition
 * @param vertex_collections every vertex collection
 * @param edge_collections   every edge collection
 */
public record GraphView(
        @Doc("The graph name.") String name,
        @Doc("Its edge definitions, in definition order.") List<EdgeDefinitionView> edge_definitions,
        @Doc("Vertex collections that no edge definition uses.") List<String> orphan_collections,
        @Doc("Every vertex collection (from, to and orphans), in first-mention order.")
        List<String> vertex_collections,
        @Doc("Every edge collection, in definition order.") List<String> edge_collections) {

    /** The view of a backend's graph. */
    public static GraphView of(GraphInfo graph) {
        return new GraphView(graph.name(), graph.edgeDefinitions().stream().map(EdgeDefinitionView::of).toList(),
                graph.orphanCollections(), graph.vertexCollections(), graph.edgeCollections());
    }

    /**
     * One edge definition, with the reference server's attribute names.
     *
     * @param edge_collection  the edge collection
     * @param from_collections the vertex collections of {@code _from}
     * @param to_collections   the vertex collections of {@code _to}
     */
    public record EdgeDefinitionView(
            @Doc("The edge collection.") String edge_collection,
            @Doc("The vertex collections edges start from.") List<String> from_collections,
            @Doc("The vertex collections edges point to.") List<String> to_collections) {

        static EdgeDefinitionView of(EdgeDefinition d) {
            return new EdgeDefinitionView(d.collection(), d.from(), d.to());
        }
    }
}
