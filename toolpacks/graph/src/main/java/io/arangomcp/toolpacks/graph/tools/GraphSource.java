package io.arangomcp.toolpacks.graph.tools;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a traversal or path search walks: a named graph or a list of edge collections. Builds the query clause
 * from bind parameters only ({@code GRAPH @graph} or {@code @@edges0, @@edges1, ...}); no name is ever written
 * into the query text.
 *
 * @param clause   the AQL text after the start (and target) vertex
 * @param bindVars the bind parameters the clause uses
 */
public record GraphSource(String clause, Map<String, Object> bindVars) {

    /**
     * The source named by a tool's arguments.
     *
     * @throws ArangoMcpException {@code INVALID_ARGUMENTS} unless exactly one of the two is given
     */
    public static GraphSource of(String graph, List<String> edgeCollections) {
        boolean hasGraph = graph != null && !graph.isBlank();
        boolean hasEdges = edgeCollections != null && !edgeCollections.isEmpty();
        if (hasGraph == hasEdges) {
            throw ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS, hasGraph
                            ? "give either 'graph' or 'edge_collections', not both"
                            : "give 'graph' (a named graph) or 'edge_collections' (edge collection names)")
                    .hint("arango_list_graphs lists the named graphs.")
                    .build();
        }
        Map<String, Object> bindVars = new LinkedHashMap<>();
        if (hasGraph) {
            bindVars.put("graph", graph);
            return new GraphSource("GRAPH @graph", bindVars);
        }
        StringBuilder clause = new StringBuilder();
        for (int i = 0; i < edgeCollections.size(); i++) {
            clause.append(i == 0 ? "" : ", ").append("@@edges").append(i);
            bindVars.put("@edges" + i, edgeCollections.get(i));
        }
        return new GraphSource(clause.toString(), bindVars);
    }
}
