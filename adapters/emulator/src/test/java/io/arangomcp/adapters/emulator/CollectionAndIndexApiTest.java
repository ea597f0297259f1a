package io.arangomcp.adapters.emulator;

import io.arangomcp.adapters.emulator.http.ApiResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.arangomcp.adapters.emulator.Emulated.json;
import static io.arangomcp.adapters.emulator.Emulated.map;
import static org.assertj.core.api.Assertions.assertThat;

class CollectionAndIndexApiTest {
    private final Emulated emulated = new Emulated();

    @Test
    void createsListsAndDescribesCollections() {
        ApiResponse created = emulated.call("POST", "/_api/collection", Map.of("name", "products",
                "waitForSync", true, "keyOptions", Map.of("type", "padded")));
        ApiResponse edges = emulated.call("POST", "/_api/collection", Map.of("name", "links", "type", "edge"));

        assertThat(created.status()).isEqualTo(200);
        assertThat(json(created)).containsEntry("name", "products").containsEntry("type", 2)
                .containsEntry("waitForSync", true).containsEntry("status", 3).containsKeys("id", "globallyUniqueId");
        assertThat(map(json(created).get("keyOptions"))).containsEntry("type", "padded");
        assertThat(json(edges)).containsEntry("type", 3);
        assertThat(json(emulated.get("/_api/collection")).get("result").toString()).contains("_graphs", "products");
        assertThat(json(emulated.get("/_api/collection?excludeSystem=true")).get("result").toString())
                .doesNotContain("_graphs");
        assertThat(json(emulated.get("/_api/collection/products"))).containsEntry("isSystem", false);
        assertThat(emulated.get("/_api/collection/products/properties").headers())
                .containsEntry("location", "/_db/_system/_api/collection/products/properties");
        String id = (String) json(created).get("id");
        assertThat(json(emulated.get("/_api/collection/" + id + "/properties"))).containsEntry("name", "products");
        assertThat(json(emulated.call("POST", "/_api/collection", Map.of("name", "products")))).containsEntry("errorNum", 1207);
        assertThat(json(emulated.call("POST", "/_api/collection", Map.of("type", 2)))).containsEntry("errorNum", 1208);
        assertThat(json(emulated.call("POST", "/_api/collection", Map.of("name", "x", "type", 9))))
                .containsEntry("errorNum", 10);
        assertThat(json(emulated.get("/_api/collection/nope"))).containsEntry("errorNum", 1203);
    }

    @Test
    void countsTruncatesChangesPropertiesAndDrops() {
        emulated.collection("products");
        emulated.call("POST", "/_api/document/products", List.of(Map.of("n", 1), Map.of("n", 2)));

        assertThat(json(emulated.get("/_api/collection/products/count"))).containsEntry("count", 2L);
        assertThat(json(emulated.get("/_api/collection/products/figures"))).containsKey("figures");
        assertThat(json(emulated.get("/_api/collection/products/revision"))).containsKey("revision");
        assertThat(json(emulated.get("/_api/collection/products/checksum"))).containsKeys("checksum", "revision");
        assertThat(emulated.call("PUT", "/_api/collection/products/truncate", null).status()).isEqualTo(200);
        assertThat(json(emulated.get("/_api/collection/products/count"))).containsEntry("count", 0L);
        Map<String, Object> schema = Map.of("rule", Map.of("type", "object"), "level", "strict", "message", "no");
        ApiResponse changed = emulated.call("PUT", "/_api/collection/products/properties",
                Map.of("waitForSync", true, "schema", schema));
        assertThat(json(changed)).containsEntry("waitForSync", true);
        assertThat(map(json(changed).get("schema"))).containsEntry("message", "no");
        for (String action : List.of("load", "unload", "loadIndexesIntoMemory", "compact", "recalculateCount")) {
            assertThat(emulated.call("PUT", "/_api/collection/products/" + action, null).status()).isEqualTo(200);
        }
        assertThat(json(emulated.call("DELETE", "/_api/collection/_graphs", null))).containsEntry("errorNum", 11);
        assertThat(json(emulated.call("DELETE", "/_api/collection/products", null))).containsKey("id");
        assertThat(emulated.call("DELETE", "/_api/collection/_graphs?isSystem=true", null).status()).isEqualTo(200);
    }

    @Test
    void renamesACollectionWithItsDocumentsAndGraphDefinitions() {
        emulated.call("POST", "/_api/gharial", Map.of("name", "g", "edgeDefinitions",
                List.of(Map.of("collection", "links", "from", List.of("people"), "to", List.of("people")))));
        emulated.call("POST", "/_api/document/people", Map.of("_key", "ann"));
        String id = (String) json(emulated.get("/_api/collection/people")).get("id");

        ApiResponse renamed = emulated.call("PUT", "/_api/collection/people/rename", Map.of("name", "persons"));

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.headers()).containsEntry("location", "/_db/_system/_api/collection/people/rename");
        assertThat(json(renamed)).containsEntry("name", "persons").containsEntry("id", id)
                .containsEntry("isSystem", false).containsKey("globallyUniqueId");
        assertThat(json(emulated.get("/_api/document/persons/ann"))).containsEntry("_id", "persons/ann");
        assertThat(json(emulated.get("/_api/collection/people"))).containsEntry("errorNum", 1203);
        Map<String, Object> definition = map(((List<?>) map(json(emulated.get("/_api/gharial/g")).get("graph"))
                .get("edgeDefinitions")).get(0));
        assertThat(definition).containsEntry("from", List.of("persons")).containsEntry("to", List.of("persons"));
    }

    @Test
    void refusesRenamesAsTheServerDoes() {
        emulated.collection("products");
        emulated.collection("taken");

        assertThat(json(emulated.call("PUT", "/_api/collection/nope/rename", Map.of("name", "x"))))
                .containsEntry("errorNum", 1203);
        assertThat(json(emulated.call("PUT", "/_api/collection/products/rename", Map.of())))
                .containsEntry("errorNum", 1208).containsEntry("errorMessage", "name is empty");
        assertThat(json(emulated.call("PUT", "/_api/collection/products/rename", List.of("x"))))
                .containsEntry("errorNum", 1208);
        assertThat(json(emulated.call("PUT", "/_api/collection/products/rename", Map.of("name", "taken"))))
                .containsEntry("code", 409).containsEntry("errorNum", 1207);
        assertThat(json(emulated.call("PUT", "/_api/collection/products/rename", Map.of("name", "_p"))))
                .containsEntry("code", 400).containsEntry("errorNum", 1208);
        assertThat(json(emulated.call("PUT", "/_api/collection/_graphs/rename", Map.of("name", "_g"))))
                .containsEntry("code", 403).containsEntry("errorNum", 11);
    }

    @Test
    void ensuresListsReadsAndDropsIndexes() {
        emulated.collection("products");
        Map<String, Object> spec = Map.of("type", "persistent", "fields", List.of("a"), "unique", true, "name", "byA");

        ApiResponse created = emulated.call("POST", "/_api/index?collection=products", spec);
        ApiResponse again = emulated.call("POST", "/_api/index?collection=products", spec);
        String id = (String) json(created).get("id");

        assertThat(created.status()).isEqualTo(201);
        assertThat(json(created)).containsEntry("isNewlyCreated", true).containsEntry("unique", true);
        assertThat(again.status()).isEqualTo(200);
        assertThat(json(again)).containsEntry("isNewlyCreated", false);
        Map<String, Object> listed = json(emulated.get("/_api/index?collection=products"));
        assertThat((List<?>) listed.get("indexes")).hasSize(2);
        assertThat(map(listed.get("identifiers"))).containsKeys("products/0", id);
        assertThat(json(emulated.get("/_api/index/" + id))).containsEntry("name", "byA");
        assertThat(json(emulated.get("/_api/index/products/byA"))).containsEntry("id", id);
        assertThat(json(emulated.get("/_api/index/products/999"))).containsEntry("errorNum", 1212);
        assertThat(json(emulated.call("DELETE", "/_api/index/" + id, null))).containsEntry("id", id);
        assertThat(json(emulated.get("/_api/index"))).containsEntry("errorNum", 1204);
        assertThat(json(emulated.call("POST", "/_api/index?collection=products", Map.of("fields", List.of("a")))))
                .containsEntry("errorNum", 10);
        assertThat(json(emulated.call("POST", "/_api/index?collection=products", Map.of("type", "persistent",
                "fields", "a")))).containsEntry("errorNum", 10);
        assertThat(json(emulated.call("POST", "/_api/index?collection=products", Map.of("type", "persistent",
                "fields", List.of(1))))).containsEntry("errorNum", 10);
        ApiResponse inverted = emulated.call("POST", "/_api/index?collection=products", Map.of("type", "inverted",
                "fields", List.of(Map.of("name", "text"))));
        assertThat(json(inverted)).containsEntry("type", "inverted");
    }

    @Test
    void managesDatabases() {
        ApiResponse created = emulated.call("POST", "/_api/database", Map.of("name", "app",
                "users", List.of(Map.of("username", "owner", "passwd", "o"), "junk")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(json(emulated.get("/_api/database")).get("result")).isEqualTo(List.of("_system", "app"));
        assertThat(map(json(emulated.get("/_db/app/_api/database/current")).get("result")))
                .containsEntry("name", "app").containsEntry("isSystem", false);
        assertThat(json(emulated.call("GET", "/_db/app/_api/database/user", null, "authorization",
                Emulated.basic("owner", "o"))).get("result")).isEqualTo(List.of("app"));
        assertThat(json(emulated.get("/_db/app/_api/database"))).containsEntry("errorNum", 1230);
        assertThat(json(emulated.call("POST", "/_api/database", Map.of("name", "app")))).containsEntry("errorNum", 1207);
        assertThat(json(emulated.call("POST", "/_api/database", Map.of("name", 1)))).containsEntry("errorNum", 1229);
        assertThat(json(emulated.call("DELETE", "/_api/database/app", null))).containsEntry("result", true);
        assertThat(json(emulated.call("DELETE", "/_api/database/app", null))).containsEntry("errorNum", 1228);
    }
}
