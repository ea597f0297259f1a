package io.arangomcp.app.catalog;

import io.arangomcp.ports.in.ErrorInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.arangomcp.app.catalog.MemoryServer.list;
import static io.arangomcp.app.catalog.MemoryServer.map;
import static org.assertj.core.api.Assertions.assertThat;

/** Workflows really shape each session's tools, through the real pipeline and the eight workflow tools. */
class WorkflowSessionTest {
    @TempDir
    Path cwd;
    private MemoryServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void switchingWorkflowChangesThatSessionsToolsAndNotifiesOnlyIt() {
        server = MemoryServer.start(cwd, "full");
        List<String> everything = server.visible("alice");

        Map<String, Object> r = server.ok("alice", "arango_switch_workflow", Map.of("context", "graph_modeling"));

        List<String> alice = server.visible("alice");
        assertThat(alice).contains("arango_traverse", "arango_graph_traversal", "arango_switch_workflow",
                "arango_set_focused_database", "arango_database_status", "arango_create_collection")
                .doesNotContain("arango_insert", "arango_backup", "arango_bulk_insert");
        assertThat(r.get("active_tools")).isEqualTo(alice);
        assertThat(list(r.get("tools_removed"))).contains("arango_insert");
        assertThat(server.visible("bob")).isEqualTo(everything);
        assertThat(server.changedSessions()).containsExactly("alice");
        assertThat(everything).hasSize(server.registered().size());
    }

    @Test
    void aHiddenToolCannotBeCalledAndTheErrorSaysWhereItIs() {
        server = MemoryServer.start(cwd, "baseline");

        ErrorInfo e = server.error("arango_traverse", Map.of("start_vertex", "persons/amara", "graph", "social"));

        assertThat(e.code()).isEqualTo("TOOL_NOT_AVAILABLE");
        assertThat(e.message()).contains("workflow 'baseline'").contains("graph_modeling");
        assertThat(e.details()).containsEntry("offered_by_workflows", List.of("graph_modeling"));
        assertThat(e.hint()).contains("arango_switch_workflow");
        server.ok("arango_advance_workflow_stage", Map.of("stage", "analysis"));
        assertThat(server.visible(MemoryServer.SESSION)).contains("arango_traverse");
    }

    @Test
    void unloadingHidesToolsUntilTheWorkflowIsSwitchedAgain() {
        server = MemoryServer.start(cwd, "full");
        server.ok("arango_unload_tools", Map.of("tool_names", List.of("arango_backup", "arango_switch_workflow")));

        assertThat(server.visible(MemoryServer.SESSION)).doesNotContain("arango_backup")
                .contains("arango_switch_workflow");
        assertThat(server.error("arango_backup", Map.of()).code()).isEqualTo("TOOL_NOT_AVAILABLE");
        Map<String, Object> again = server.ok("arango_switch_workflow", Map.of("context", "full"));
        assertThat(again.get("tools_added")).isEqualTo(List.of("arango_backup"));
        assertThat(server.changedSessions()).containsExactly(MemoryServer.SESSION, MemoryServer.SESSION);
    }

    @Test
    void sessionsStartInTheConfiguredWorkflowAndReportItHonestly() {
        server = MemoryServer.start(cwd, "baseline");

        Map<String, Object> active = server.ok("arango_get_active_workflow", Map.of());
        assertThat(active).containsEntry("active_context", "baseline").containsEntry("stage", "setup");
        assertThat(active.get("visible_tools")).isEqualTo(server.visible(MemoryServer.SESSION));
        Map<String, Object> workflows = server.ok("arango_list_workflows", Map.of());
        assertThat(map(map(workflows.get("contexts")).get("full")))
                .containsEntry("tool_count", server.registered().size());
    }

    @Test
    void usageIsCountedPerSessionAndAcrossSessions() {
        server = MemoryServer.start(cwd, "full");
        server.ok("alice", "arango_list_collections", Map.of());
        server.ok("alice", "arango_list_collections", Map.of());
        server.ok("bob", "arango_list_collections", Map.of());

        Map<String, Object> alice = server.ok("alice", "arango_get_tool_usage_stats", Map.of());
        Map<String, Object> all = server.ok("alice", "arango_get_tool_usage_stats", Map.of("scope", "all_sessions"));

        assertThat(map(map(alice.get("tool_usage")).get("arango_list_collections"))).containsEntry("use_count", 2L);
        assertThat(map(map(all.get("tool_usage")).get("arango_list_collections"))).containsEntry("use_count", 3L);
    }

    @Test
    void searchAndCategoriesCoverEveryRegisteredTool() {
        server = MemoryServer.start(cwd, "baseline");

        Map<String, Object> found = server.ok("arango_search_tools", Map.of("keywords", List.of("shortest")));
        Map<String, Object> categories = server.ok("arango_list_tools_by_category", Map.of());

        assertThat(list(found.get("matches"))).singleElement().satisfies(m -> assertThat(map(m))
                .containsEntry("name", "arango_shortest_path").containsEntry("available", false));
        assertThat(map(categories.get("categories")).keySet()).contains("core_data", "indexing",
                "validation", "schema", "query", "graph_basic", "graph_advanced", "aliases", "health",
                "mcp_patterns", "multi_tenancy");
        assertThat(categories).containsEntry("total_tools", server.registered().size());
    }
}
