package io.arangomcp.domain.workflow;

import java.util.Arrays;
import java.util.List;

/**
 * The reference server's workflow and stage tables (spec §3.1), tool names prefixed {@code arango_}, plus the
 * three reference tools its tables forget: index creation and deletion belong to {@code data_analysis} (query
 * tuning), and index creation and graph restore to the {@code setup} stage.
 */
final class StandardWorkflows {
    private StandardWorkflows() {
    }

    static WorkflowCatalog catalog() {
        return new WorkflowCatalog(workflows(), stages());
    }

    private static List<Workflow> workflows() {
        return List.of(
                new Workflow("baseline", "Minimal CRUD: query, list and change documents and collections.",
                        names("query", "list_collections", "insert", "update", "remove", "create_collection",
                                "backup"), false),
                new Workflow("data_analysis", "Query optimisation and performance analysis.",
                        names("query", "list_collections", "explain_query", "query_builder", "query_profile",
                                "list_indexes", "database_status", "create_index", "delete_index"), false),
                new Workflow("graph_modeling", "Graph creation, traversal and analysis.",
                        names("create_graph", "list_graphs", "add_vertex_collection", "add_edge_definition",
                                "add_edge", "traverse", "shortest_path", "graph_statistics",
                                "validate_graph_integrity", "query"), false),
                new Workflow("bulk_operations", "Batch loading and updating of many documents.",
                        names("bulk_insert", "bulk_update", "insert_with_validation", "validate_references",
                                "list_collections", "query"), false),
                new Workflow("schema_validation", "Data integrity: JSON schemas and reference checks.",
                        names("create_schema", "validate_document", "insert_with_validation",
                                "validate_references", "validate_graph_integrity", "query"), false),
                new Workflow("full", "Every registered tool.", List.of(), true));
    }

    private static List<Stage> stages() {
        return List.of(
                new Stage("setup", "Create collections, graphs and schemas.",
                        names("create_collection", "create_graph", "create_schema", "add_vertex_collection",
                                "add_edge_definition", "create_index", "restore_graph")),
                new Stage("data_loading", "Load data in bulk and validate it.",
                        names("bulk_insert", "insert_with_validation", "validate_references", "insert")),
                new Stage("analysis", "Query, traverse and analyse.",
                        names("query", "traverse", "shortest_path", "explain_query", "query_profile",
                                "graph_statistics")),
                new Stage("cleanup", "Back up and finish.",
                        names("backup", "backup_graph", "backup_named_graphs", "validate_graph_integrity")));
    }

    private static List<String> names(String... shortNames) {
        return Arrays.stream(shortNames).map(n -> "arango_" + n).toList();
    }
}
