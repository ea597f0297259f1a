package io.arangomcp.adapters.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EmulatorSmokeTest {
    static ArangoEmulator emulator;
    static HttpProbe http;

    @BeforeAll
    static void start() {
        emulator = ArangoEmulator.start(EmulatorOptions.defaults());
        http = new HttpProbe(emulator.url());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void smoke() throws Exception {
        System.out.println(http.get("/_api/version").text());
        System.out.println(http.send("POST", "/_api/collection", Map.of("name", "products")).text());
        HttpProbe.Answer inserted = http.send("POST", "/_api/document/products", Map.of("a", 1));
        System.out.println(inserted.status() + " " + inserted.headers() + " " + inserted.text());
        System.out.println(http.send("POST", "/_api/document/products", List.of(Map.of("_key", 1), Map.of("_key", "x"))).text());
        System.out.println(http.get("/_api/document/products/x").text());
        System.out.println(http.get("/_api/index?collection=products").text());
        System.out.println(http.send("POST", "/_api/cursor", Map.of("query", "RETURN 1")).text());
        System.out.println(http.get("/_db/nope/_api/version").text());
        System.out.println(new HttpProbe(emulator.url(), null).get("/_api/version").text());
        assertThat(inserted.status()).isEqualTo(202);
    }
}
