package io.arangomcp.adapters.emulator;

import io.arangomcp.adapters.emulator.http.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.arangomcp.adapters.emulator.Emulated.json;
import static io.arangomcp.adapters.emulator.Emulated.map;
import static org.assertj.core.api.Assertions.assertThat;

class GharialApiTest {
    private final Emulated emulated = new Emulated();

    @BeforeEach
    void socialGraph() {
        ApiResponse created = emulated.call("POST", "/_api/gharial", Map.of("name", "social", "edgeDefinitions",
                List.of(Map.of("collection", "relation", "from", List.of("female", "male"),
                        "to", List.of("female", "male")))));
        assertThat(created.status()).isEqualTo(202);
        assertThat(map(json(created).get("graph"))).containsEntry("_id", "_graphs/social")
                .containsEntry("name", "social").containsKey("_rev");
    }

    @Test
    void readsListsAndChangesTheGraph() {
        assertThat(json(emulated.get("/_api/gharial")).get("graphs").toString()).contains("social");
        assertThat(json(emulated.get("/_api/gharial/social/vertex")).get("collections"))
                .isEqualTo(List.of("female", "male"));
        assertThat(json(emulated.get("/_api/gharial/social/edge")).get("collections")).isEqualTo(List.of("relation"));
        ApiResponse orphan = emulated.call("POST", "/_api/gharial/social/vertex?waitForSync=true",
                Map.of("collection", "city"));
        assertThat(orphan.status()).isEqualTo(201);
        assertThat(emulated.call("POST", "/_api/gharial/social/edge", Map.of("collection", "works_in",
                "from", List.of("female", "male"), "to", List.of("city"))).status()).isEqualTo(202);
        assertThat(emulated.call("PUT", "/_api/gharial/social/edge/works_in", Map.of("collection", "works_in",
                "from", List.of("male"), "to", List.of("city"))).status()).isEqualTo(202);
        assertThat(emulated.call("DELETE", "/_api/gharial/social/edge/works_in?dropCollections=true", null).status())
                .isEqualTo(202);
        assertThat(json(emulated.call("DELETE", "/_api/gharial/social/vertex/male", null)))
                .containsEntry("errorNum", 1928);
        assertThat(json(emulated.call("POST", "/_api/gharial/social/vertex", Map.of()))).containsEntry("errorNum", 10);
        assertThat(json(emulated.call("POST", "/_api/gharial", Map.of()))).containsEntry("errorNum", 1922);
        assertThat(json(emulated.call("PUT", "/_api/gharial/social/edge/relation", Map.of())))
                .containsEntry("errorNum", 1923);
        assertThat(json(emulated.get("/_api/gharial/nope"))).containsEntry("errorNum", 1924);
        assertThat(json(emulated.call("DELETE", "/_api/gharial/social?dropCollections=true", null)))
                .containsEntry("removed", true);
    }

    @Test
    void writesVerticesAndEdgesOfTheGraph() {
        ApiResponse alice = emulated.call("POST", "/_api/gharial/social/vertex/female?returnNew=true",
                Map.of("_key", "alice", "name", "Alice"));
        emulated.call("POST", "/_api/gharial/social/vertex/male", Map.of("_key", "bob"));
        ApiResponse edge = emulated.call("POST", "/_api/gharial/social/edge/relation",
                Map.of("_from", "female/alice", "_to", "male/bob", "type", "friend"));

        assertThat(alice.status()).isEqualTo(202);
        assertThat(map(json(alice).get("vertex"))).containsEntry("_id", "female/alice");
        assertThat(json(alice)).containsKey("new");
        String edgeKey = (String) map(json(edge).get("edge")).get("_key");
        assertThat(map(json(emulated.get("/_api/gharial/social/vertex/female/alice")).get("vertex")))
                .containsEntry("name", "Alice");
        assertThat(json(emulated.call("GET", "/_api/gharial/social/vertex/female/alice", null, "if-match", "x")))
                .containsEntry("errorNum", 1200);
        String rev = (String) map(json(alice).get("vertex")).get("_rev");
        assertThat(emulated.call("GET", "/_api/gharial/social/vertex/female/alice", null, "if-none-match",
                "\"" + rev + "\"").status()).isEqualTo(304);
        assertThat(map(json(emulated.call("PATCH", "/_api/gharial/social/vertex/female/alice?returnOld=true",
                Map.of("age", 30))).get("vertex"))).containsKey("_oldRev");
        assertThat(emulated.call("PUT", "/_api/gharial/social/edge/relation/" + edgeKey,
                Map.of("_from", "female/alice", "_to", "male/bob")).status()).isEqualTo(202);
        assertThat(json(emulated.call("PATCH", "/_api/gharial/social/edge/relation/" + edgeKey,
                Map.of("_to", "city/x")))).containsEntry("errorNum", 1947);
        assertThat(json(emulated.call("POST", "/_api/gharial/social/edge/relation",
                Map.of("_from", "female/alice", "_to", "male/nobody")))).containsEntry("errorNum", 1202);
        assertThat(json(emulated.call("POST", "/_api/gharial/social/edge/relation",
                Map.of("_from", "alice", "_to", "male/bob")))).containsEntry("errorNum", 1233);
        assertThat(json(emulated.call("POST", "/_api/gharial/social/vertex/city", Map.of())))
                .containsEntry("errorNum", 1926);
        assertThat(json(emulated.call("POST", "/_api/gharial/social/edge/other", Map.of())))
                .containsEntry("errorNum", 1930);

        ApiResponse removed = emulated.call("DELETE", "/_api/gharial/social/vertex/male/bob?returnOld=true", null);
        assertThat(json(removed)).containsEntry("removed", true).containsKey("old");
        assertThat(json(emulated.get("/_api/document/relation/" + edgeKey))).containsEntry("errorNum", 1202);
    }
}
