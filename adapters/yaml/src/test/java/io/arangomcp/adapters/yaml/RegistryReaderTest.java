package io.arangomcp.adapters.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.arangomcp.domain.config.ConfigSource;
import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.config.Protocol;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading {@code databases.yaml}: every key, every default, and the empty cases. */
class RegistryReaderTest {
    static final String FILE = "config/databases.yaml";

    @TempDir
    Path directory;

    static DatabaseRegistry read(String yaml) {
        return RegistryReader.read(yaml.getBytes(StandardCharsets.UTF_8), FILE);
    }

    static ArangoMcpException failure(String yaml) {
        ArangoMcpException e = catchThrowableOfType(ArangoMcpException.class, () -> read(yaml));
        assertThat(e).as("reading should fail:%n%s", yaml).isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_INVALID);
        assertThat(e.details()).containsEntry("location", FILE);
        return e;
    }

    @Test
    void readsEveryKey() {
        DatabaseRegistry registry = read(String.join("\n",
                "default_database: prod",
                "databases:",
                "  prod:",
                "    urls: [https://c1.example.com:8529, https://c2.example.com:8529]",
                "    database: app_prod",
                "    username: app_user",
                "    password_env: PROD_PW",
                "    jwt_env: PROD_JWT",
                "    timeout: 60",
                "    description: Production",
                "    protocol: HTTP1",
                "    tls_verify: false",
                "    ca_cert_file: certs/ca.pem",
                "    max_connections: 4",
                "    read_only: true",
                ""));

        DatabaseProfile prod = registry.require("prod");
        assertThat(prod.urls()).containsExactly("https://c1.example.com:8529", "https://c2.example.com:8529");
        assertThat(prod.database()).isEqualTo("app_prod");
        assertThat(prod.username()).isEqualTo("app_user");
        assertThat(prod.passwordEnv()).isEqualTo("PROD_PW");
        assertThat(prod.jwtEnv()).isEqualTo("PROD_JWT");
        assertThat(prod.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(prod.description()).isEqualTo("Production");
        assertThat(prod.protocol()).isEqualTo(Protocol.HTTP1);
        assertThat(prod.tlsVerify()).isFalse();
        assertThat(prod.caCertFile()).isEqualTo("certs/ca.pem");
        assertThat(prod.maxConnections()).isEqualTo(4);
        assertThat(prod.readOnly()).isTrue();
        assertThat(registry.defaultKey()).isEqualTo("prod");
        assertThat(registry.source()).isEqualTo(ConfigSource.YAML_FILE);
        assertThat(registry.location()).isEqualTo(FILE);
    }

    @Test
    void leftOutKeysTakeTheirDefaults() {
        DatabaseProfile dev = read("databases:\n  dev:\n    url: http://localhost:8529\n    database: d\n"
                + "    username: u\n    description:\n").require("dev");

        assertThat(dev).isEqualTo(DatabaseProfile.builder("dev").url("http://localhost:8529").database("d")
                .username("u").build());
        assertThat(dev.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(dev.protocol()).isEqualTo(Protocol.HTTP2);
        assertThat(dev.tlsVerify()).isTrue();
        assertThat(dev.maxConnections()).isEqualTo(16);
        assertThat(dev.readOnly()).isFalse();
        assertThat(dev.passwordEnv()).isNull();
        assertThat(dev.jwtEnv()).isNull();
        assertThat(dev.description()).isNull();
        assertThat(dev.caCertFile()).isNull();
    }

    @Test
    void readsReferenceServerFilesUnchanged() {
        DatabaseRegistry registry = read(String.join("\n",
                "default_database: prod",
                "databases:",
                "  prod:",
                "    url: http://localhost:8529",
                "    database: app_prod",
                "    username: app_user",
                "    password_env: PROD_PW",
                "    timeout: 60.0",
                "    description: Production",
                "  dev:",
                "    url: http://localhost:8530",
                "    database: app_dev",
                "    username: dev",
                "    password_env: DEV_PW",
                ""));

        assertThat(registry.keys()).containsExactly("prod", "dev");
        assertThat(registry.require("prod").timeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void timeoutsMayBeFractionalOrWhole() {
        assertThat(timeout("2.5")).isEqualTo(Duration.ofMillis(2500));
        assertThat(timeout("3600")).isEqualTo(Duration.ofHours(1));
        assertThat(timeout("0.000000001")).isEqualTo(Duration.ofNanos(1));
    }

    private static Duration timeout(String value) {
        return read("databases:\n  a:\n    url: http://h:1\n    database: d\n    username: u\n    timeout: " + value)
                .require("a").timeout();
    }

    @Test
    void anchorsAndMergeKeysShareSettings() {
        DatabaseRegistry registry = read(String.join("\n",
                "databases:",
                "  prod: &base",
                "    url: http://localhost:8529",
                "    database: app",
                "    username: app",
                "    timeout: 90",
                "  staging:",
                "    <<: *base",
                "    database: app_staging",
                ""));

        assertThat(registry.require("staging").timeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(registry.require("staging").database()).isEqualTo("app_staging");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "# nothing configured yet\n", "databases:\n", "databases: {}\n",
            "default_database:\ndatabases:\n", "---\n"})
    void emptyFilesMeanNoDatabasesYet(String yaml) {
        DatabaseRegistry registry = read(yaml);

        assertThat(registry.isEmpty()).isTrue();
        assertThat(registry.defaultKey()).isNull();
        assertThat(registry.source()).isEqualTo(ConfigSource.YAML_FILE);
        assertThat(registry.location()).isEqualTo(FILE);
    }

    @Test
    void blankDefaultMeansNoDefault() {
        assertThat(read("default_database: ' '\ndatabases: {}\n").defaultKey()).isNull();
    }

    @Test
    void missingFileIsNoRegistry() {
        assertThat(RegistryReader.readFile(directory.resolve("absent.yaml"), FILE)).isEmpty();
    }

    @Test
    void readsAFileFromDisk() throws Exception {
        Path file = directory.resolve("databases.yaml");
        Files.writeString(file, "\uFEFFdatabases:\n  a:\n    url: http://h:1\n    database: d\n    username: u\n");

        assertThat(RegistryReader.readFile(file, FILE)).get().extracting(DatabaseRegistry::keys)
                .isEqualTo(List.of("a"));
    }
}
