package io.arangomcp.app.catalog;

import io.arangomcp.ports.in.ToolDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every registered tool, called successfully on the memory backend with its optional parts switched on, so that
 * every kind of result is checked against the tool's published output schema ({@link MemoryServer#ok} checks
 * each one). The calls run in order on one server: earlier calls create what later ones need.
 */
class EveryToolResultMatchesItsOutputSchemaTest {
    private static final String NOTES = "notes";

    @TempDir
    Path cwd;
    private MemoryServer server;
    private final Set<String> called = new TreeSet<>();

    @BeforeEach
    void start() {
        server = MemoryServer.start(cwd, "full");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void ok(String tool, Map<String, Object> arguments) {
        server.ok(tool, arguments);
        called.add(tool);
    }

    /** A map that may hold nulls, which {@link Map#of} refuses. */
    private static Map<String, Object> withNull(String key, Object value, String nullKey) {
        Map<String, Object> map = new HashMap<>();
        map.put(key, value);
        map.put(nullKey, null);
        return map;
    }

    @Test
    void everyToolsResultsMatchItsOutputSchema() {
        coreData();
        indexingAndQueries();
        validation();
        graphs();
        backups();
        databases();
        workflows();

        List<String> registered = server.registered().stream().map(ToolDescriptor::name).toList();
        assertThat(called).as("tools this test calls").containsExactlyInAnyOrderElementsOf(registered);
    }

    private void coreData() {
        ok("arango_list_collections", Map.of());
        ok("arango_create_collection", Map.of("name", NOTES));
        ok("arango_create_collection", Map.of("name", "links", "type", "edge", "waitForSync", true));
        ok("arango_insert", Map.of("collection", NOTES, "document", Map.of("_key", "n1", "text", "a",
                "tags", List.of("x", 1, true), "nested", Map.of("at", 1.5)), "returnNew", true));
        ok("arango_insert", Map.of("collection", NOTES, "document", Map.of("_key", "n2")));
        ok("arango_add_vertex", Map.of("collection", NOTES, "document", Map.of("_key", "n3")));
        ok("arango_update", Map.of("collection", NOTES, "key", "n1", "update", withNull("text", "b", "tags"),
                "keepNull", false, "returnNew", true));
        ok("arango_update", Map.of("collection", NOTES, "key", "n2", "update", Map.of("text", "c")));
        ok("arango_remove", Map.of("collection", NOTES, "key", "n3"));
        ok("arango_query", Map.of("query", "FOR p IN persons FILTER p.age > @a SORT p.age RETURN p",
                "bindVars", Map.of("a", 30), "batchSize", 2, "maxRows", 3));
        ok("arango_query", Map.of("query", "FOR n IN notes RETURN [n._key, n.text, null, 1.5]"));
        ok("arango_query", Map.of("query", "INSERT {_key: 'n4'} INTO notes RETURN NEW._key"));
    }

    private void indexingAndQueries() {
        ok("arango_create_index", Map.of("collection", "persons", "fields", List.of("name"), "name", "by_name",
                "sparse", true));
        ok("arango_create_index", Map.of("collection", NOTES, "type", "ttl", "fields", List.of("expires"),
                "ttl", 3600));
        ok("arango_create_index", Map.of("collection", "cities", "type", "geo", "fields", List.of("location"),
                "geoJson", false));
        ok("arango_list_indexes", Map.of("collection", "persons"));
        ok("arango_delete_index", Map.of("collection", "persons", "id_or_name", "by_name"));
        ok("arango_explain_query", Map.of("query", "FOR p IN persons FILTER p.city == @c RETURN p",
                "bind_vars", Map.of("c", "Lagos")));
        ok("arango_explain_query", Map.of("query", "FOR p IN persons RETURN p", "suggest_indexes", false));
        ok("arango_query_builder", Map.of("collection", "persons", "filters", List.of(Map.of("field", "city",
                "value", "Lagos")), "dry_run", true));
        ok("arango_query_builder", Map.of("collection", "persons", "filters", List.of(Map.of("field", "age",
                "op", ">=", "value", 30)), "sort", List.of(Map.of("field", "age", "direction", "DESC")),
                "limit", 3, "offset", 1, "return_fields", List.of("name", "age")));
        ok("arango_query_profile", Map.of("query", "FOR p IN persons RETURN p.name", "sample_rows", 2));
    }

    private void validation() {
        ok("arango_insert", Map.of("collection", NOTES, "document", Map.of("_key", "dangling",
                "owner", "persons/nobody")));
        ok("arango_validate_references", Map.of("collection", "knows", "reference_fields", List.of("_from", "_to")));
        ok("arango_validate_references", Map.of("collection", NOTES, "reference_fields", List.of("owner"),
                "max_results", 1));
        ok("arango_validate_references", Map.of("collection", NOTES, "reference_fields", List.of("owner"),
                "fix_invalid", true));
        ok("arango_insert_with_validation", Map.of("collection", NOTES, "document", Map.of("owner",
                "persons/amara"), "reference_fields", List.of("owner")));
        ok("arango_bulk_insert", Map.of("collection", NOTES, "documents", List.of(Map.of("_key", "b1"),
                Map.of("_key", "b1"), Map.of("_key", "b2")), "on_error", "continue", "batch_size", 2));
        ok("arango_bulk_insert", Map.of("collection", NOTES, "documents", List.of(Map.of("owner",
                "persons/nobody")), "validate_refs", true, "reference_fields", List.of("owner"),
                "on_error", "ignore"));
        ok("arango_bulk_insert", Map.of("collection", NOTES, "documents", List.of(Map.of("_key", "b1"),
                Map.of("_key", "b3"))));
        ok("arango_bulk_update", Map.of("collection", NOTES, "updates", List.of(Map.of("key", "b1",
                "update", Map.of("n", 1)), Map.of("_key", "missing", "n", 2), Map.of("n", 3)),
                "on_error", "continue"));
        Map<String, Object> schema = Map.of("type", "object", "properties", Map.of("n", Map.of("type", "integer")));
        ok("arango_create_schema", Map.of("name", "v1", "collection", NOTES, "schema", schema));
        ok("arango_create_schema", Map.of("name", "v1", "collection", NOTES, "schema", schema, "apply", true,
                "level", "moderate", "message", "n must be an integer"));
        ok("arango_validate_document", Map.of("collection", NOTES, "document", Map.of("n", "x",
                "list", List.of(1)), "schema", Map.of("properties", Map.of("list", Map.of("items",
                Map.of("type", "string")))), "schema_name", "v1"));
        ok("arango_validate_document", Map.of("collection", NOTES, "document", Map.of("n", 1),
                "schema_name", "v1"));
    }

    private void graphs() {
        ok("arango_list_graphs", Map.of());
        ok("arango_create_graph", Map.of("name", "library", "edge_definitions", List.of(Map.of(
                "edge_collection", "wrote", "from_collections", List.of("authors"),
                "to_collections", List.of("books"))), "orphan_collections", List.of("shelves")));
        ok("arango_add_vertex_collection", Map.of("graph", "library", "collection", "readers"));
        ok("arango_add_edge_definition", Map.of("graph", "library", "edge_collection", "stands_on",
                "from_collections", List.of("books"), "to_collections", List.of("shelves")));
        ok("arango_add_edge", Map.of("collection", "knows", "from_id", "persons/amara", "to_id",
                "persons/amara", "attributes", Map.of("since", 2024)));
        ok("arango_traverse", Map.of("start_vertex", "persons/amara", "graph", "social", "max_depth", 2,
                "return_paths", true, "limit", 5));
        ok("arango_traverse", Map.of("start_vertex", "cities/lisbon", "edge_collections", List.of("roads"),
                "direction", "ANY", "min_depth", 1, "max_depth", 1));
        ok("arango_graph_traversal", Map.of("start_vertex", "persons/amara", "graph", "social"));
        ok("arango_shortest_path", Map.of("start_vertex", "cities/lisbon", "end_vertex", "cities/porto",
                "graph", "routes", "weight_attribute", "distance", "direction", "ANY", "return_paths", true));
        ok("arango_shortest_path", Map.of("start_vertex", "persons/amara", "end_vertex", "cities/porto",
                "graph", "social"));
        ok("arango_graph_statistics", Map.of());
        ok("arango_graph_statistics", Map.of("graphName", "social", "includeConnectivity", true,
                "includeDegreeDistribution", true, "perCollectionStats", true, "sampleSize", 5, "max_depth", 2));
        ok("arango_validate_graph_integrity", Map.of());
        ok("arango_validate_graph_integrity", Map.of("graphName", "social", "returnDetails", true,
                "checkConstraints", true, "max_details", 3));
    }

    private void backups() {
        ok("arango_backup", Map.of("outputDir", "all"));
        ok("arango_backup", Map.of("collection", "persons", "outputDir", "one", "docLimit", 3));
        ok("arango_backup", Map.of("collections", List.of("persons", "knows"), "outputDir", "two",
                "include_system", true));
        ok("arango_backup_graph", Map.of("graph_name", "social", "outputDir", "social1", "docLimit", 100));
        ok("arango_backup_named_graphs", Map.of("graphNames", List.of("routes")));
        ok("arango_restore_graph", Map.of("inputDir", "social1", "graphName", "social_copy",
                "collection_prefix", "copy_"));
        ok("arango_restore_graph", Map.of("inputDir", "social1", "graphName", "social_copy",
                "collection_prefix", "copy_", "conflictResolution", "skip"));
    }

    private void databases() {
        ok("arango_list_available_databases", Map.of());
        ok("arango_get_focused_database", Map.of());
        ok("arango_set_focused_database", Map.of("database", "default"));
        ok("arango_get_focused_database", Map.of());
        ok("arango_get_database_resolution", Map.of());
        ok("arango_test_database_connection", Map.of("database", "default"));
        ok("arango_get_multi_database_status", Map.of());
        ok("arango_database_status", Map.of());
        ok("arango_set_focused_database", Map.of());
    }

    private void workflows() {
        ok("arango_list_workflows", Map.of());
        ok("arango_list_workflows", Map.of("include_tools", true));
        ok("arango_get_active_workflow", Map.of());
        ok("arango_search_tools", Map.of("keywords", List.of("graph"), "detail_level", "full"));
        ok("arango_search_tools", Map.of("keywords", List.of("index"), "categories", List.of("indexing"),
                "detail_level", "name"));
        ok("arango_list_tools_by_category", Map.of());
        ok("arango_list_tools_by_category", Map.of("category", "graph_basic"));
        ok("arango_get_tool_usage_stats", Map.of());
        ok("arango_get_tool_usage_stats", Map.of("scope", "all_sessions"));
        ok("arango_unload_tools", Map.of("tool_names", List.of("arango_backup")));
        ok("arango_switch_workflow", Map.of("context", "graph_modeling"));
        ok("arango_advance_workflow_stage", Map.of("stage", "analysis"));
        ok("arango_get_active_workflow", Map.of());
    }
}
