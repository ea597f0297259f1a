package io.arangomcp.adapters.memory.graph;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.DatabaseError;

/**
 * In-memory backend: the named-graph failures, with the status, {@code errorNum} and wording of ArangoDB 3.12's
 * graph module (several messages lead with the collection name, as the server's do).
 */
final class GraphErrors {

    private GraphErrors() {
    }

    static DatabaseError notFound(String graph) {
        return ArangoErrors.GRAPH_NOT_FOUND.format(graph);
    }

    static DatabaseError duplicate() {
        return ArangoErrors.GRAPH_DUPLICATE.error();
    }

    static DatabaseError missingName() {
        return new DatabaseError(400, 1922, "missing graph name");
    }

    static DatabaseError malformedEdgeDefinition() {
        return new DatabaseError(400, 1923, "malformed edge definition");
    }

    static DatabaseError edgeCollectionMultiUse(String collection) {
        return ArangoErrors.GRAPH_EDGE_COLLECTION_MULTI_USE.error(
                collection + " multi use of edge collection in edge def");
    }

    static DatabaseError edgeCollectionUsedInOtherGraph(String collection) {
        return ArangoErrors.GRAPH_EDGE_COLLECTION_USED_IN_OTHER_GRAPH.error(
                collection + " edge collection already used in edge def");
    }

    static DatabaseError usedInEdgeDefinition(String collection) {
        return ArangoErrors.GRAPH_COLLECTION_USED_IN_EDGE_DEF.error(
                collection + " collection already used in edge def");
    }

    static DatabaseError usedInOrphans() {
        return new DatabaseError(400, 1938, "collection used in orphans");
    }

    static DatabaseError notAVertexCollection() {
        return new DatabaseError(400, 1927, "collection not a vertex collection");
    }

    static DatabaseError notAnEdgeCollection(String collection) {
        return new DatabaseError(400, 1944, "Collection: '" + collection + "' is not an EdgeCollection");
    }

    static DatabaseError notInOrphans() {
        return ArangoErrors.GRAPH_NOT_IN_ORPHAN_COLLECTION.error();
    }

    static DatabaseError edgeCollectionNotUsed() {
        return ArangoErrors.GRAPH_EDGE_COLLECTION_NOT_USED.error();
    }

    static DatabaseError corrupt() {
        return new DatabaseError(500, 1941, "internal graph data corrupt");
    }

    /** 3.12 refuses to drop a collection that a graph still uses. */
    static DatabaseError mustNotDropCollection(String collection, String role, String graph) {
        return new DatabaseError(400, 1942, "must not drop collection while part of graph: collection '"
                + collection + "' is " + role + " inside graph '" + graph + "'");
    }
}
