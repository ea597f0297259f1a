package io.arangomcp.app.catalog;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.util.List;
import java.util.Map;

import static io.arangomcp.app.catalog.MemoryServer.list;
import static io.arangomcp.app.catalog.MemoryServer.map;
import static org.assertj.core.api.Assertions.assertThat;

/** The graph and query packs on the memory backend with the sample graphs, through the real pipeline. */
class GraphAndQueryToolsTest {
    @TempDir
    java.nio.file.Path cwd;
    private MemoryServer server;

    @BeforeEach
    void start() {
        server = MemoryServer.start(cwd, "full");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void graphsAreCreatedExtendedAndListed() {
        Map<String, Object> created = server.ok("arango_create_graph", Map.of("name", "library", "edge_definitions",
                List.of(Map.of("edge_collection", "wrote", "from_collections", List.of("authors"),
                        "to_collections", List.of("books")))));
        assertThat(created).containsEntry("created", true);
        assertThat(server.ok("arango_create_graph", Map.of("name", "library", "edge_definitions", List.of(Map.of(
                "edge_collection", "wrote", "from_collections", List.of("authors"), "to_collections",
                List.of("books")))))).containsEntry("created", false);
        server.ok("arango_add_vertex_collection", Map.of("graph", "library", "collection", "shelves"));
        Map<String, Object> extended = server.ok("arango_add_edge_definition", Map.of("graph", "library",
                "edge_collection", "stands_on", "from_collections", List.of("books"),
                "to_collections", List.of("shelves")));
        assertThat(list(map(extended.get("definition")).get("edge_collections")))
                .containsExactlyInAnyOrder("wrote", "stands_on");
        assertThat(list(server.ok("arango_list_graphs", Map.of()).get("graphs"))).extracting(g -> map(g).get("name"))
                .contains("social", "routes", "library");
    }

    @Test
    void edgesAreCheckedAgainstTheirVertices() {
        assertThat(server.ok("arango_add_edge", Map.of("collection", "knows", "from_id", "persons/amara",
                "to_id", "persons/emeka", "attributes", Map.of("since", 2024)))).containsEntry("_from",
                "persons/amara");
        assertThat(server.error("arango_add_edge", Map.of("collection", "knows", "from_id", "persons/amara",
                "to_id", "persons/ghost")).code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void integrityAndStatisticsNeedNoAqlForTheBasics() {
        assertThat(server.error("arango_validate_graph_integrity", Map.of("graphName", "nope")).code())
                .isEqualTo("NOT_FOUND");
        Map<String, Object> stats = server.ok("arango_graph_statistics", Map.of("graphName", "social"));
        Map<String, Object> social = map(list(stats.get("statistics")).get(0));
        assertThat(social).containsEntry("total_vertices", 16L).containsEntry("total_edges", 32L);
    }

    @Test
    void traversalsAndShortestPathsRunOnAql() {
        Map<String, Object> walk = server.ok("arango_traverse", Map.of("start_vertex", "persons/amara",
                "graph", "social", "max_depth", 2));
        assertThat((Integer) walk.get("count")).isPositive();
        Map<String, Object> path = server.ok("arango_shortest_path", Map.of("start_vertex", "cities/lisbon",
                "end_vertex", "cities/porto", "graph", "routes", "weight_attribute", "distance",
                "direction", "ANY"));
        assertThat(path).containsEntry("found", true);
        assertThat(list(path.get("vertices"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat((Double) path.get("distance")).isPositive();
        assertThat(server.error("arango_traverse", Map.of("start_vertex", "persons/amara", "graph", "social",
                "max_depth", 50)).code()).isEqualTo("INVALID_ARGUMENTS");
    }

    @Test
    void integrityChecksAndStatisticsRunOnAql() {
        server.ok("arango_add_edge", Map.of("collection", "knows", "from_id", "persons/amara",
                "to_id", "persons/gone", "check_vertices", false));

        Map<String, Object> integrity = server.ok("arango_validate_graph_integrity", Map.of("graphName", "social",
                "returnDetails", true));
        assertThat(integrity).containsEntry("valid", false).containsEntry("total_orphaned_edges", 1);
        Map<String, Object> stats = map(list(server.ok("arango_graph_statistics", Map.of("graphName", "social",
                "sampleSize", 5, "max_depth", 2)).get("statistics")).get(0));
        assertThat(stats).containsKeys("out_degree_distribution", "connectivity");
    }

    @Test
    void theQueryBuilderBuildsWithoutAqlAndRunsWithIt() {
        Map<String, Object> built = server.ok("arango_query_builder", Map.of("collection", "persons",
                "filters", List.of(Map.of("field", "city", "value", "Lagos")), "dry_run", true));
        assertThat((String) built.get("query")).contains("@@collection").doesNotContain("persons")
                .doesNotContain("Lagos");
        Map<String, Object> rows = server.ok("arango_query_builder", Map.of("collection", "persons",
                "filters", List.of(Map.of("field", "age", "op", ">=", "value", 30)),
                "sort", List.of(Map.of("field", "age")), "return_fields", List.of("name", "age")));
        assertThat(list(rows.get("rows"))).isNotEmpty().allSatisfy(r -> assertThat(map(r)).containsOnlyKeys("name",
                "age"));
    }

    @Test
    void explainAndProfileRunOnAql() {
        Map<String, Object> explain = server.ok("arango_explain_query", Map.of("query",
                "FOR p IN persons FILTER p.city == @c RETURN p", "bind_vars", Map.of("c", "Lagos")));
        assertThat(list(explain.get("plans"))).isNotEmpty();
        assertThat(list(explain.get("index_suggestions"))).isNotEmpty();
        Map<String, Object> profile = server.ok("arango_query_profile", Map.of("query",
                "FOR p IN persons RETURN p.name"));
        assertThat(profile).containsEntry("row_count", 16L);
    }
}
