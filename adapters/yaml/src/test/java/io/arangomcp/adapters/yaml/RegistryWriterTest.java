package io.arangomcp.adapters.yaml;

import static io.arangomcp.adapters.yaml.RegistryReaderTest.FILE;
import static io.arangomcp.adapters.yaml.RegistryReaderTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.arangomcp.domain.config.ConfigSource;
import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.config.Protocol;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writing {@code databases.yaml}: simple entries stay simple, key order is fixed, nothing is lost. */
class RegistryWriterTest {
    private static DatabaseProfile.Builder simple(String key) {
        return DatabaseProfile.builder(key).url("http://localhost:8529").database("app").username("app_user");
    }

    private static DatabaseRegistry registry(String defaultKey, DatabaseProfile... profiles) {
        return DatabaseRegistry.of(List.of(profiles), defaultKey, ConfigSource.YAML_FILE, FILE);
    }

    private static void assertRoundTrip(DatabaseRegistry registry) {
        assertThat(read(RegistryWriter.write(registry))).isEqualTo(registry);
    }

    @Test
    void simpleEntryStaysThreeLines() {
        assertThat(RegistryWriter.write(registry(null, simple("prod").build()))).isEqualTo(RegistryWriter.HEADER
                + "databases:\n"
                + "  prod:\n"
                + "    url: http://localhost:8529\n"
                + "    database: app\n"
                + "    username: app_user\n");
    }

    @Test
    void everyKeyIsWrittenInTheFixedOrderWithTheDefaultFirst() {
        DatabaseProfile full = DatabaseProfile.builder("full")
                .urls(List.of("https://c1:8529", "https://c2:8529")).database("app").username("app_user")
                .passwordEnv("PROD_PW").jwtEnv("PROD_JWT").timeout(Duration.ofMillis(2500)).description("Main")
                .protocol(Protocol.HTTP1).tlsVerify(false).caCertFile("certs/ca.pem").maxConnections(4)
                .readOnly(true).build();

        assertThat(RegistryWriter.write(registry("full", full))).isEqualTo(RegistryWriter.HEADER
                + "default_database: full\n"
                + "databases:\n"
                + "  full:\n"
                + "    urls:\n"
                + "      - https://c1:8529\n"
                + "      - https://c2:8529\n"
                + "    database: app\n"
                + "    username: app_user\n"
                + "    password_env: PROD_PW\n"
                + "    jwt_env: PROD_JWT\n"
                + "    timeout: 2.5\n"
                + "    description: Main\n"
                + "    protocol: http1\n"
                + "    tls_verify: false\n"
                + "    ca_cert_file: certs/ca.pem\n"
                + "    max_connections: 4\n"
                + "    read_only: true\n");
        assertRoundTrip(registry("full", full));
    }

    @Test
    void wholeSecondTimeoutsStayWhole() {
        assertThat(RegistryWriter.write(registry(null, simple("a").timeout(Duration.ofSeconds(60)).build())))
                .contains("    timeout: 60\n");
    }

    @Test
    void emptyRegistryIsAnEmptyMapping() {
        DatabaseRegistry empty = DatabaseRegistry.empty(ConfigSource.YAML_FILE, FILE);

        assertThat(RegistryWriter.write(empty)).isEqualTo(RegistryWriter.HEADER + "databases: {}\n");
        assertRoundTrip(empty);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "123", "010", "1e3", "null", "~", "a: b", "- x", "# not a comment",
            "'quoted'", "\"double\"", "line one\nline two", "trailing space ", "tab\there", "unicode: é ✓ 数据库",
            "2024-01-01", "@at", "%percent", "*star", "&amp", "!bang", "{curly}", "[square]"})
    void awkwardTextSurvives(String text) {
        assertRoundTrip(registry(null, simple("a").description(text).database(text).username(text).build()));
    }

    @Test
    void longTextStaysOnOneLine() {
        String text = "word ".repeat(100).trim();
        DatabaseRegistry registry = registry(null, simple("a").description(text).build());

        assertThat(RegistryWriter.write(registry)).contains("    description: " + text + "\n");
        assertRoundTrip(registry);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "yes", "null", "true", "1.5", "a.b-c_d"})
    void keysThatLookLikeOtherTypesStayText(String key) {
        assertRoundTrip(registry(key, simple(key).build(), simple("other").build()));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 999_999, 1_000_000, 2_500_000_000L, 3_599_999_999_999L, 3_600_000_000_000L,
            29_999_999_999L, 30_000_000_001L})
    void everyTimeoutSurvivesToTheNanosecond(long nanos) {
        assertRoundTrip(registry(null, simple("a").timeout(Duration.ofNanos(nanos)).build()));
    }

    @Test
    void orderOfEntriesIsKept() {
        DatabaseRegistry registry = registry("m", simple("z").build(), simple("a").build(), simple("m").build());

        assertThat(read(RegistryWriter.write(registry)).keys()).containsExactly("z", "a", "m");
    }

    @Test
    void defaultValuesAreLeftOut() {
        String text = RegistryWriter.write(registry(null, simple("a").timeout(Duration.ofSeconds(30))
                .protocol(Protocol.HTTP2).tlsVerify(true).maxConnections(16).readOnly(false).build()))
                .substring(RegistryWriter.HEADER.length());

        assertThat(text).doesNotContain("timeout", "protocol", "tls_verify", "max_connections", "read_only",
                "password_env", "jwt_env", "description", "ca_cert_file");
    }
}
