package io.arangomcp.adapters.emulator;

import io.arangomcp.adapters.emulator.http.ApiResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.arangomcp.adapters.emulator.Emulated.array;
import static io.arangomcp.adapters.emulator.Emulated.json;
import static org.assertj.core.api.Assertions.assertThat;

class DocumentApiTest {
    private final Emulated emulated = new Emulated();

    DocumentApiTest() {
        emulated.collection("products");
    }

    private String insert(Map<String, Object> document) {
        return (String) json(emulated.call("POST", "/_api/document/products", document)).get("_rev");
    }

    @Test
    void insertAnswers202WithEtagAndLocationOr201WithWaitForSync() {
        ApiResponse created = emulated.call("POST", "/_api/document/products", Map.of("_key", "a", "n", 1));
        ApiResponse synced = emulated.call("POST", "/_api/document/products?waitForSync=true", Map.of("n", 2));

        assertThat(created.status()).isEqualTo(202);
        assertThat(created.headers()).containsEntry("etag", "\"" + json(created).get("_rev") + "\"")
                .containsEntry("location", "/_db/_system/_api/document/products/a");
        assertThat(json(created)).containsOnlyKeys("_id", "_key", "_rev");
        assertThat(synced.status()).isEqualTo(201);
    }

    @Test
    void insertSupportsReturnNewOverwriteSilentAndTheLegacyCollectionParameter() {
        insert(Map.of("_key", "a", "n", 1));

        ApiResponse replaced = emulated.call("POST", "/_api/document/products?overwrite=true&returnOld=true",
                Map.of("_key", "a", "n", 2));
        ApiResponse updated = emulated.call("POST", "/_api/document/products?overwriteMode=update&returnNew=true",
                Map.of("_key", "a", "m", 3));
        ApiResponse silent = emulated.call("POST", "/_api/document/products?silent=true", Map.of("n", 4));
        ApiResponse legacy = emulated.call("POST", "/_api/document?collection=products", Map.of("n", 5));

        assertThat(json(replaced)).containsKey("_oldRev");
        assertThat(Emulated.map(json(replaced).get("old"))).containsEntry("n", 1);
        assertThat(Emulated.map(json(updated).get("new"))).containsEntry("n", 2).containsEntry("m", 3);
        assertThat(json(silent)).isEmpty();
        assertThat(legacy.status()).isEqualTo(202);
        assertThat(emulated.call("POST", "/_api/document", Map.of()).status()).isEqualTo(400);
        assertThat(emulated.call("POST", "/_api/document/products?overwriteMode=bogus", Map.of()).status())
                .isEqualTo(400);
        assertThat(json(emulated.call("POST", "/_api/document/products", "42"))).containsEntry("errorNum", 1227);
    }

    @Test
    void readsWithIfNoneMatchAndIfMatch() {
        String rev = insert(Map.of("_key", "a"));

        assertThat(emulated.get("/_api/document/products/a").headers()).containsEntry("etag", "\"" + rev + "\"");
        ApiResponse unchanged = emulated.call("GET", "/_api/document/products/a", null, "if-none-match", "\"" + rev + "\"");
        ApiResponse conflict = emulated.call("GET", "/_api/document/products/a", null, "if-match", "\"other\"");
        ApiResponse missing = emulated.get("/_api/document/products/nope");

        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isNull();
        assertThat(conflict.status()).isEqualTo(412);
        assertThat(json(conflict)).containsEntry("errorNum", 1200).containsEntry("_key", "a").containsEntry("_rev", rev);
        assertThat(json(missing)).containsEntry("errorNum", 1202).containsEntry("code", 404);
        assertThat(json(emulated.get("/_api/document/nope/a"))).containsEntry("errorNum", 1203)
                .containsEntry("errorMessage", "collection or view not found: nope");
    }

    @Test
    void replacesUpdatesAndRemovesWithRevisionChecks() {
        String rev = insert(Map.of("_key", "a", "n", 1, "nested", Map.of("x", 1)));

        ApiResponse stale = emulated.call("PUT", "/_api/document/products/a", Map.of("n", 2), "if-match", "\"old\"");
        ApiResponse staleBody = emulated.call("PATCH", "/_api/document/products/a?ignoreRevs=false",
                Map.of("_rev", "old", "n", 2));
        ApiResponse patched = emulated.call("PATCH", "/_api/document/products/a?mergeObjects=false&returnNew=true",
                Map.of("nested", Map.of("y", 2)), "if-match", rev);
        ApiResponse replaced = emulated.call("PUT", "/_api/document/products/a?waitForSync=true", Map.of("z", 1));
        ApiResponse removed = emulated.call("DELETE", "/_api/document/products/a?returnOld=true", null);
        ApiResponse gone = emulated.call("DELETE", "/_api/document/products/a", null);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(json(stale)).containsEntry("_rev", rev);
        assertThat(staleBody.status()).isEqualTo(412);
        assertThat(patched.status()).isEqualTo(202);
        assertThat(json(patched)).containsEntry("_oldRev", rev);
        assertThat(Emulated.map(json(patched).get("new"))).containsEntry("nested", Map.of("y", 2));
        assertThat(replaced.status()).isEqualTo(201);
        assertThat(removed.status()).isEqualTo(202);
        assertThat(Emulated.map(json(removed).get("old"))).containsEntry("z", 1);
        assertThat(json(gone)).containsEntry("errorNum", 1202);
        assertThat(emulated.call("PUT", "/_api/document/products/a", "[]").status()).isEqualTo(400);
    }

    @Test
    void batchesAnswerInlineErrorsCountedInAHeader() {
        ApiResponse inserted = emulated.call("POST", "/_api/document/products?returnNew=true",
                List.of(Map.of("_key", 111), Map.of("_key", "abc"), Map.of("_key", "abc"), "text"));

        assertThat(inserted.status()).isEqualTo(202);
        assertThat(inserted.headers()).containsEntry("x-arango-error-codes", "{\"1210\":1,\"1221\":1,\"1227\":1}");
        List<Object> answers = array(inserted);
        assertThat(Emulated.map(answers.get(0))).containsEntry("error", true).containsEntry("errorNum", 1221)
                .containsEntry("errorMessage", "illegal document key");
        assertThat(Emulated.map(answers.get(1))).containsKeys("_id", "new");
    }

    @Test
    void batchReadUpdateReplaceAndRemove() {
        String rev = insert(Map.of("_key", "a", "n", 1));
        insert(Map.of("_key", "b", "n", 1));

        ApiResponse read = emulated.call("PUT", "/_api/document/products?onlyget=true", List.of("a", Map.of("_key", "x")));
        ApiResponse patched = emulated.call("PATCH", "/_api/document/products?ignoreRevs=false",
                List.of(Map.of("_key", "a", "_rev", rev, "n", 2), Map.of("_key", "b", "_rev", "old"), Map.of("n", 1)));
        ApiResponse replaced = emulated.call("PUT", "/_api/document/products?waitForSync=true",
                List.of(Map.of("_key", "b", "m", 1)));
        ApiResponse removed = emulated.call("DELETE", "/_api/document/products?waitForSync=true",
                List.of("a", "products/b", Map.of("_key", "c"), 7));
        ApiResponse silent = emulated.call("POST", "/_api/document/products?silent=true", List.of(Map.of()));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.headers()).containsEntry("x-arango-error-codes", "{\"1202\":1}");
        assertThat(array(patched))
                .extracting(o -> (Object) Emulated.map(o).get("errorNum")).containsExactly(null, 1200, 1205);
        assertThat(replaced.status()).isEqualTo(201);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(array(removed))
                .extracting(o -> (Object) Emulated.map(o).get("errorNum")).containsExactly(null, null, 1202, 1221);
        assertThat(array(silent)).isEmpty();
        assertThat(emulated.call("PATCH", "/_api/document/products", Map.of()).status()).isEqualTo(400);
        assertThat(json(emulated.call("PATCH", "/_api/document/nope", List.of()))).containsEntry("errorNum", 1203);
    }

    @Test
    void listsEdgesOfAVertex() {
        emulated.call("POST", "/_api/collection", Map.of("name", "links", "type", 3));
        emulated.call("POST", "/_api/document/links", Map.of("_from", "products/a", "_to", "products/b"));
        emulated.call("POST", "/_api/document/links", Map.of("_from", "products/b", "_to", "products/a"));

        assertThat((List<?>) json(emulated.get("/_api/edges/links?vertex=products/a")).get("edges")).hasSize(2);
        assertThat((List<?>) json(emulated.get("/_api/edges/links?vertex=products/a&direction=out")).get("edges"))
                .hasSize(1);
        assertThat(json(emulated.get("/_api/edges/links")).get("errorNum")).isEqualTo(400);
    }
}
