package io.arangomcp.app.catalog;

import io.arangomcp.ports.in.ToolDescriptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in catalog: every reference tool, with schemas, annotations and aliases, in a stable order. */
class ToolCatalogTest {
    /** The reference server's 46 tool names (v0.5.0, §2.0), with the seed's workflow renames. */
    static final List<String> REFERENCE = List.of("arango_query", "arango_list_collections", "arango_insert",
            "arango_update", "arango_remove", "arango_create_collection", "arango_backup", "arango_list_indexes",
            "arango_create_index", "arango_delete_index", "arango_explain_query", "arango_validate_references",
            "arango_insert_with_validation", "arango_bulk_insert", "arango_create_schema", "arango_validate_document",
            "arango_query_builder", "arango_query_profile", "arango_create_graph", "arango_add_edge", "arango_traverse",
            "arango_shortest_path", "arango_list_graphs", "arango_add_vertex_collection", "arango_add_edge_definition",
            "arango_bulk_update", "arango_backup_graph", "arango_restore_graph", "arango_backup_named_graphs",
            "arango_validate_graph_integrity", "arango_graph_statistics", "arango_database_status",
            "arango_search_tools", "arango_list_tools_by_category", "arango_switch_workflow",
            "arango_get_active_workflow", "arango_list_workflows", "arango_advance_workflow_stage",
            "arango_get_tool_usage_stats", "arango_unload_tools", "arango_set_focused_database",
            "arango_get_focused_database", "arango_list_available_databases", "arango_get_database_resolution",
            "arango_graph_traversal", "arango_add_vertex");
    @TempDir
    static Path cwd;
    private static MemoryServer server;

    @BeforeAll
    static void start() {
        server = MemoryServer.start(cwd, "full");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyReferenceToolIsRegisteredOnce() {
        List<String> names = server.registered().stream().map(ToolDescriptor::name).toList();

        assertThat(REFERENCE).hasSize(46).doesNotHaveDuplicates();
        assertThat(names).containsAll(REFERENCE).doesNotHaveDuplicates();
        assertThat(names).hasSize(48).contains("arango_test_database_connection", "arango_get_multi_database_status");
    }

    @Test
    void theOrderIsThePacksOrderAndStable() {
        Set<String> packs = new LinkedHashSet<>();
        server.registered().forEach(d -> packs.add(d.pack()));

        assertThat(packs).containsExactly("core-data", "indexing", "query", "validation", "graph", "backup",
                "workflow", "multi-tenancy");
        assertThat(server.registered().get(0).name()).isEqualTo("arango_query");
        assertThat(server.visible("any")).isEqualTo(server.registered().stream().map(ToolDescriptor::name).toList());
    }

    @Test
    void everyToolHasATitleSchemasAndHonestAnnotations() {
        for (ToolDescriptor d : server.registered()) {
            assertThat(d.spec().title()).as(d.name()).isNotBlank();
            assertThat(d.inputSchema()).as(d.name()).containsEntry("type", "object");
            assertThat(d.outputSchema()).as(d.name()).containsEntry("type", "object");
        }
        for (String destructive : List.of("arango_remove", "arango_update", "arango_delete_index", "arango_bulk_update",
                "arango_restore_graph", "arango_create_schema", "arango_query", "arango_query_profile",
                "arango_validate_references")) {
            assertThat(find(destructive).kind().destructiveHint()).as(destructive).isTrue();
        }
        for (String readOnly : List.of("arango_list_collections", "arango_list_indexes", "arango_explain_query",
                "arango_traverse", "arango_shortest_path", "arango_graph_statistics", "arango_list_workflows")) {
            assertThat(find(readOnly).kind().readOnlyHint()).as(readOnly).isTrue();
        }
    }

    @Test
    void theTwoAliasesAreMarkedAndShareTheirTargetsSchemas() {
        assertThat(find("arango_graph_traversal").spec().aliasOf()).isEqualTo("arango_traverse");
        assertThat(find("arango_add_vertex").spec().aliasOf()).isEqualTo("arango_insert");
        assertThat(find("arango_graph_traversal").inputSchema()).isEqualTo(find("arango_traverse").inputSchema());
        assertThat(find("arango_add_vertex").outputSchema()).isEqualTo(find("arango_insert").outputSchema());
    }

    @Test
    void databaseToolsAcceptThePerCallDatabaseArgument() {
        assertThat(find("arango_traverse").inputSchema().get("properties").toString()).contains("database=");
        assertThat(find("arango_switch_workflow").inputSchema().get("properties").toString())
                .doesNotContain("database=");
    }

    private static ToolDescriptor find(String name) {
        return server.registered().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }
}
