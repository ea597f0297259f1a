package io.arangomcp.adapters.emulator;

import io.arangomcp.adapters.emulator.http.ApiResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.arangomcp.adapters.emulator.Emulated.json;
import static io.arangomcp.adapters.emulator.Emulated.map;
import static org.assertj.core.api.Assertions.assertThat;

class UserAndTransactionApiTest {
    private final Emulated emulated = new Emulated();

    @Test
    void managesUsersAndPermissions() {
        ApiResponse created = emulated.call("POST", "/_api/user", Map.of("user", "admin@example", "passwd", "secure",
                "extra", Map.of("team", "ops")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(json(created)).containsEntry("user", "admin@example").containsEntry("active", true)
                .containsEntry("code", 201);
        assertThat(json(emulated.call("POST", "/_api/user", Map.of("user", "admin@example")))).containsEntry("errorNum", 1702);
        assertThat(json(emulated.call("POST", "/_api/user", Map.of()))).containsEntry("errorNum", 1700);
        assertThat(json(emulated.get("/_api/user")).get("result").toString()).contains("root", "admin@example");
        assertThat(json(emulated.call("PATCH", "/_api/user/admin@example", Map.of("active", false))))
                .containsEntry("active", false);
        assertThat(json(emulated.call("PUT", "/_api/user/admin@example", Map.of("passwd", "new"))))
                .containsEntry("active", true).containsEntry("extra", Map.of());
        assertThat(json(emulated.call("PUT", "/_api/user/admin@example/database/_system", Map.of("grant", "ro"))))
                .containsEntry("_system", "ro");
        assertThat(json(emulated.call("PUT", "/_api/user/admin@example/database/_system/things",
                Map.of("grant", "rw")))).containsEntry("_system/things", "rw");
        assertThat(json(emulated.call("PUT", "/_api/user/admin@example/database/_system", Map.of("grant", "all"))))
                .containsEntry("errorNum", 10);
        assertThat(json(emulated.get("/_api/user/admin@example/database/_system"))).containsEntry("result", "ro");
        assertThat(json(emulated.get("/_api/user/admin@example/database/_system/things"))).containsEntry("result", "rw");
        assertThat(json(emulated.get("/_api/user/admin@example/database/_system/other"))).containsEntry("result", "ro");
        assertThat(json(emulated.get("/_api/user/admin@example/database")).get("result")).isEqualTo(Map.of("_system", "ro"));
        assertThat(map(json(emulated.get("/_api/user/admin@example/database?full=true")).get("result")))
                .containsKey("_system");
        String self = Emulated.basic("admin@example", "new");
        assertThat(emulated.call("GET", "/_api/user/admin@example", null, "authorization", self).status()).isEqualTo(200);
        assertThat(json(emulated.call("DELETE", "/_api/user/root", null, "authorization", self))).containsEntry("errorNum", 11);
        assertThat(emulated.call("DELETE", "/_api/user/admin@example/database/_system/things", null).status()).isEqualTo(202);
        assertThat(emulated.call("DELETE", "/_api/user/admin@example/database/_system", null).status()).isEqualTo(202);
        assertThat(json(emulated.get("/_api/user/admin@example/database/_system"))).containsEntry("result", "none");
        assertThat(json(emulated.call("DELETE", "/_api/user/root", null))).containsEntry("errorNum", 11);
        assertThat(emulated.call("DELETE", "/_api/user/admin@example", null).status()).isEqualTo(202);
        assertThat(json(emulated.get("/_api/user/admin@example"))).containsEntry("errorNum", 1703);
    }

    @Test
    void streamTransactionsCommitOrUndoTheirWrites() {
        emulated.collection("products");
        emulated.call("POST", "/_api/document/products", Map.of("_key", "kept", "n", 1));
        String trx = (String) map(json(emulated.call("POST", "/_api/transaction/begin",
                Map.of("collections", Map.of("write", "products")))).get("result")).get("id");

        emulated.call("POST", "/_api/document/products", Map.of("_key", "new"), "x-arango-trx-id", trx);
        emulated.call("POST", "/_api/document/products", List.of(Map.of("_key", "new2")), "x-arango-trx-id", trx);
        emulated.call("PATCH", "/_api/document/products/kept", Map.of("n", 2), "x-arango-trx-id", trx);
        emulated.call("DELETE", "/_api/document/products/new2", null, "x-arango-trx-id", trx);
        assertThat(json(emulated.get("/_api/transaction")).get("transactions").toString()).contains(trx);
        assertThat(map(json(emulated.get("/_api/transaction/" + trx)).get("result"))).containsEntry("status", "running");

        ApiResponse aborted = emulated.call("DELETE", "/_api/transaction/" + trx, null);
        assertThat(map(json(aborted).get("result"))).containsEntry("status", "aborted");
        assertThat(json(emulated.get("/_api/document/products/kept"))).containsEntry("n", 1);
        assertThat(json(emulated.get("/_api/document/products/new"))).containsEntry("errorNum", 1202);
        assertThat(json(emulated.call("POST", "/_api/document/products", Map.of(), "x-arango-trx-id", trx)))
                .containsEntry("errorNum", 1654);
        assertThat(json(emulated.call("PUT", "/_api/transaction/" + trx, null))).containsEntry("errorNum", 1653);

        String second = (String) map(json(emulated.call("POST", "/_api/transaction/begin",
                Map.of("collections", Map.of("read", List.of("products"), "exclusive", "products")))).get("result"))
                .get("id");
        emulated.call("POST", "/_api/document/products", Map.of("_key", "committed"), "x-arango-trx-id", second);
        assertThat(map(json(emulated.call("PUT", "/_api/transaction/" + second, null)).get("result")))
                .containsEntry("status", "committed");
        assertThat(json(emulated.call("DELETE", "/_api/transaction/" + second, null))).containsEntry("errorNum", 1653);
        assertThat(emulated.get("/_api/document/products/committed").status()).isEqualTo(200);
    }

    @Test
    void refusesUnknownTransactionsCollectionsAndJavaScript() {
        emulated.collection("products");
        String readOnly = (String) map(json(emulated.call("POST", "/_api/transaction/begin",
                Map.of("collections", Map.of("read", "products")))).get("result")).get("id");

        assertThat(json(emulated.call("POST", "/_api/document/products", Map.of(), "x-arango-trx-id", readOnly)))
                .containsEntry("errorNum", 1652);
        assertThat(json(emulated.call("POST", "/_api/document/products", Map.of(), "x-arango-trx-id", "999")))
                .containsEntry("errorNum", 1655);
        assertThat(json(emulated.call("POST", "/_api/transaction/begin", Map.of("collections",
                Map.of("read", "nope"))))).containsEntry("errorNum", 1203)
                .containsEntry("errorMessage", "collection or view not found: nope");
        assertThat(json(emulated.call("POST", "/_api/transaction/begin", Map.of()))).containsEntry("errorNum", 10);
        assertThat(json(emulated.call("POST", "/_api/transaction", Map.of("action", "function () {}"))))
                .containsEntry("errorNum", 9);
    }
}
