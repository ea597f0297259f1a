package io.arangomcp.adapters.emulator;

import io.arangomcp.ports.out.gateway.Secret;
import io.arangomcp.testkit.tls.SelfSignedCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The emulator on a real socket: HTTP/1.1, HEAD, JWT, TLS, a taken port, and stopping. */
class ArangoEmulatorTest {

    @TempDir
    Path dir;

    @Test
    void servesHttpAndStops() throws Exception {
        HttpProbe.Answer version;
        String url;
        try (ArangoEmulator emulator = ArangoEmulator.start(EmulatorOptions.defaults())) {
            url = emulator.url();
            HttpProbe http = new HttpProbe(url);
            version = http.get("/_api/version");
            http.send("POST", "/_api/collection", Map.of("name", "products"));
            http.send("POST", "/_api/document/products", Map.of("_key", "a"));
            HttpProbe.Answer head = http.send("HEAD", "/_api/document/products/a", null);
            HttpProbe.Answer missing = http.send("HEAD", "/_api/document/products/b", null);
            HttpProbe.Answer bearer = new HttpProbe(url, "Bearer " + emulator.issueToken("root")).get("/_api/version");

            assertThat(version.status()).isEqualTo(200);
            assertThat(version.header("content-type")).isEqualTo("application/json; charset=utf-8");
            assertThat(version.header("server")).isEqualTo("ArangoDB");
            assertThat(head.status()).isEqualTo(200);
            assertThat(head.text()).isEmpty();
            assertThat(head.header("etag")).startsWith("\"_");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(bearer.status()).isEqualTo(200);
            assertThat(emulator.server().databases()).contains("_system");
            assertThatThrownBy(() -> ArangoEmulator.start(EmulatorOptions.defaults().withPort(emulator.port())))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot listen");
        }
        assertThatThrownBy(() -> new HttpProbe(url).get("/_api/version")).isInstanceOf(ConnectException.class);
    }

    @Test
    void servesHttpsWithAKeyStore() throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.create(dir);
        EmulatorOptions options = EmulatorOptions.defaults().withAuthentication(false)
                .withRootPassword(Secret.of("unused")).withTls(certificate.keyStore(), Secret.of(certificate.password()));
        try (ArangoEmulator emulator = ArangoEmulator.start(options)) {
            assertThat(emulator.url()).startsWith("https://127.0.0.1:");
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(certificate.keyStore())) {
                trusted.load(in, certificate.password().toCharArray());
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            HttpClient client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(emulator.url()
                    + "/_api/version")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
        }
    }

    @Test
    void refusesAnInvalidPort() {
        assertThatThrownBy(() -> EmulatorOptions.defaults().withPort(70_000))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
