package io.arangomcp.adapters.emulator;

import io.arangomcp.adapters.emulator.http.ApiResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.arangomcp.adapters.emulator.Emulated.json;
import static org.assertj.core.api.Assertions.assertThat;

class RequestDispatcherTest {
    private final Emulated emulated = new Emulated();

    private static void assertError(ApiResponse response, int status, int errorNum) {
        assertThat(response.status()).as("%s", response.body()).isEqualTo(status);
        assertThat(json(response)).containsEntry("error", true).containsEntry("code", status)
                .containsEntry("errorNum", errorNum);
    }

    @Test
    void answersVersionEngineAndRole() {
        assertThat(json(emulated.get("/_api/version"))).containsEntry("server", "arango")
                .containsEntry("license", "community").containsKey("version");
        assertThat(json(emulated.get("/_api/version?details=true")).get("details").toString()).contains("v8-version");
        assertThat(json(emulated.get("/_api/engine"))).containsEntry("name", "rocksdb");
        assertThat(json(emulated.get("/_admin/server/role"))).containsEntry("role", "SINGLE");
        assertThat(emulated.get("/_api/key-generators").body().toString()).contains("traditional");
        assertThat(emulated.get("/_api/endpoint").status()).isEqualTo(200);
        assertThat(emulated.get("/_admin/time").status()).isEqualTo(200);
        assertThat(emulated.get("/_admin/server/availability").status()).isEqualTo(200);
    }

    @Test
    void refusesMissingAndWrongLogins() {
        assertError(emulated.call("GET", "/_api/version", null, "authorization", Emulated.basic("root", "bad")), 401, 11);
        assertError(emulated.call("GET", "/_api/version", null, "authorization", "Bearer nonsense"), 401, 11);
        assertError(emulated.call("GET", "/_api/version", null, "authorization", "Digest x"), 401, 11);
        assertError(emulated.call("GET", "/_api/version", null, "authorization", "Basic !!!"), 401, 11);
        assertError(emulated.call("GET", "/_api/version", null, "authorization", "nothing"), 401, 11);
    }

    @Test
    void logsInWithAJwtFromOpenAuth() {
        ApiResponse login = emulated.call("POST", "/_open/auth", Map.of("username", "root", "password", "pw"),
                "authorization", "");
        String jwt = (String) json(login).get("jwt");

        assertThat(emulated.call("GET", "/_api/version", null, "authorization", "Bearer " + jwt).status())
                .isEqualTo(200);
        assertError(emulated.call("POST", "/_open/auth", Map.of("username", "root", "password", "no")), 401, 401);
        String tampered = jwt.substring(0, jwt.length() - 2) + (jwt.endsWith("A") ? "BB" : "AA");
        assertError(emulated.call("GET", "/_api/version", null, "authorization", "Bearer " + tampered), 401, 11);
    }

    @Test
    void flagsPotentialDirtyReadsAndRefusesUnknownTransactions() {
        assertThat(emulated.call("GET", "/_api/version", null, "x-arango-allow-dirty-read", "true").headers())
                .containsEntry("x-arango-potential-dirty-read", "true");
        assertError(emulated.call("GET", "/_api/version", null, "x-arango-trx-id", "abcde"), 404, 1655);
    }

    @Test
    void answers404For1228UnknownDatabasesAndUnknownPaths() {
        assertError(emulated.get("/_db/nope/_api/version"), 404, 1228);
        assertError(emulated.get("/_api/nothing-here"), 404, 404);
        assertError(emulated.call("PATCH", "/_api/version", null), 405, 405);
    }

    @Test
    void answers400And600ForMalformedJson() {
        emulated.collection("products");

        assertError(emulated.call("POST", "/_api/document/products", "{ 1: \"World\" }"), 400, 600);
        assertError(emulated.call("POST", "/_api/document/products", "{\"a\":1,\"a\":2}"), 400, 600);
    }

    @Test
    void enforcesDatabasePermissions() {
        emulated.call("POST", "/_api/database", Map.of("name", "app"));
        emulated.call("POST", "/_api/user", Map.of("user", "reader", "passwd", "r"));
        emulated.call("POST", "/_api/user", Map.of("user", "nobody", "passwd", "n"));
        emulated.call("PUT", "/_api/user/reader/database/app", Map.of("grant", "ro"));
        String reader = Emulated.basic("reader", "r");

        assertThat(emulated.call("GET", "/_db/app/_api/collection", null, "authorization", reader).status())
                .isEqualTo(200);
        assertError(emulated.call("POST", "/_db/app/_api/collection", Map.of("name", "x"), "authorization", reader),
                403, 11);
        assertError(emulated.call("GET", "/_db/app/_api/collection", null, "authorization",
                Emulated.basic("nobody", "n")), 401, 11);
        assertError(emulated.call("GET", "/_api/user", null, "authorization", reader), 401, 11);
    }
}
