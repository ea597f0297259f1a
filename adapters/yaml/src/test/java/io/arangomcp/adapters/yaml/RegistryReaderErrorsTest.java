package io.arangomcp.adapters.yaml;

import static io.arangomcp.adapters.yaml.RegistryReaderTest.FILE;
import static io.arangomcp.adapters.yaml.RegistryReaderTest.failure;
import static org.assertj.core.api.Assertions.assertThat;

import io.arangomcp.domain.error.ArangoMcpException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading {@code databases.yaml}: every mistake is named by file, entry and key, all of them at once. */
class RegistryReaderErrorsTest {
    private static final String HEAD = "databases:\n  prod:\n";
    private static final String VALID = "    url: http://localhost:8529\n    database: app\n    username: app\n";

    private static String message(String yaml) {
        return failure(yaml).getMessage();
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        assertThat(message(HEAD + "    url: http://localhost:8529\n    database: app: x\n"))
                .isEqualTo(FILE + ": line 4, column 18: mapping values are not allowed here");
    }

    @Test
    void duplicateKeysAreSyntaxErrors() {
        assertThat(message(HEAD + VALID + "  prod:\n" + VALID))
                .isEqualTo(FILE + ": line 6, column 3: found duplicate key prod");
    }

    @Test
    void unknownKeysAreNamed() {
        assertThat(message(HEAD + VALID + "    tiemout: 5\n")).isEqualTo(FILE + ": databases.prod.tiemout: "
                + "unknown key; expected one of url, urls, database, username, password_env, jwt_env, timeout, "
                + "description, protocol, tls_verify, ca_cert_file, max_connections, read_only");
        assertThat(message("databse: x\ndatabases: {}\n"))
                .isEqualTo(FILE + ": databse: unknown key; expected default_database or databases");
    }

    @Test
    void everyMissingKeyIsReportedAtOnce() {
        ArangoMcpException e = failure(HEAD + "    description: nothing else\n");

        assertThat(e.getMessage()).isEqualTo(String.join("\n",
                FILE + ": databases.prod.url: is required",
                FILE + ": databases.prod.database: is required",
                FILE + ": databases.prod.username: is required"));
        assertThat(e.details().get("problems")).isEqualTo(List.of("databases.prod.url: is required",
                "databases.prod.database: is required", "databases.prod.username: is required"));
    }

    @Test
    void problemsOfSeveralEntriesAreReportedTogether() {
        String yaml = "default_database: nowhere\ndatabases:\n  a:\n    url: 5\n    database: d\n    username: u\n"
                + "  b:\n    url: http://h:1\n    database: d\n    username: u\n    timeout: 0\n";

        assertThat(message(yaml)).isEqualTo(String.join("\n",
                FILE + ": databases.a.url: must be text, got 5 (quote it if it is meant as text)",
                FILE + ": databases.b.timeout: must be more than 0 and at most 3600 seconds, got 0",
                FILE + ": default_database: 'nowhere' names no entry under databases (configured: a, b)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "timeout: abc|databases.prod.timeout: must be a number of seconds, got 'abc'",
        "timeout: 0|databases.prod.timeout: must be more than 0 and at most 3600 seconds, got 0",
        "timeout: -1.5|databases.prod.timeout: must be more than 0 and at most 3600 seconds, got -1.5",
        "timeout: 3601|databases.prod.timeout: must be more than 0 and at most 3600 seconds, got 3601",
        "timeout: .inf|databases.prod.timeout: must be more than 0 and at most 3600 seconds, got Infinity",
        "timeout: 1e-12|databases.prod.timeout: must be more than 0 and at most 3600 seconds, got 1.0E-12",
        "timeout: 99999999999999999999|databases.prod.timeout: must be more than 0 and at most 3600 seconds, "
                + "got 99999999999999999999",
        "timeout: true|databases.prod.timeout: must be a number of seconds, got true",
        "protocol: http3|databases.prod.protocol: unknown protocol 'http3' (expected http2 or http1)",
        "protocol: 2|databases.prod.protocol: must be text, got 2 (quote it if it is meant as text)",
        "tls_verify: maybe|databases.prod.tls_verify: must be true or false, got 'maybe'",
        "read_only: 1|databases.prod.read_only: must be true or false, got 1",
        "max_connections: 0|databases.prod.max_connections: must be between 1 and 1024, got 0",
        "max_connections: 99999999999|databases.prod.max_connections: must be a whole number from 1 to 1024, "
                + "got 99999999999",
        "max_connections: many|databases.prod.max_connections: must be a whole number from 1 to 1024, got 'many'",
        "password_env: not a name|databases.prod.password_env: must be the NAME of an environment variable "
                + "(letters, digits and '_', not starting with a digit), not the secret itself; the value is not shown",
        "description: [a, b]|databases.prod.description: must be text, got a list (quote it if it is meant as text)",
        "jwt_env: {a: 1}|databases.prod.jwt_env: must be text, got a mapping (quote it if it is meant as text)",
        "ca_cert_file: 2024-01-01|databases.prod.ca_cert_file: must be text, got Mon Jan 01 00:00:00 UTC 2024 "
                + "(quote it if it is meant as text)",
    })
    void badValuesAreNamed(String line, String expected) {
        assertThat(message(HEAD + VALID + "    " + line + "\n")).isEqualTo(FILE + ": " + expected);
    }

    @Test
    void badUrlsAreNamed() {
        assertThat(message(HEAD + "    url: ftp://host\n    database: d\n    username: u\n"))
                .isEqualTo(FILE + ": databases.prod.url: must be an absolute http:// or https:// URL with a host, "
                        + "e.g. http://localhost:8529, got 'ftp://host'");
        assertThat(message(HEAD + "    urls: [http://ok:1, 'nope']\n    database: d\n    username: u\n"))
                .startsWith(FILE + ": databases.prod.urls: must be an absolute http:// or https:// URL");
        assertThat(message(HEAD + "    urls: [http://ok:1, 7]\n    database: d\n    username: u\n"))
                .isEqualTo(FILE + ": databases.prod.urls[1]: must be a URL string, got 7");
        assertThat(message(HEAD + "    urls: []\n    database: d\n    username: u\n"))
                .isEqualTo(FILE + ": databases.prod.urls: must be a non-empty list of URLs, got a list");
        assertThat(message(HEAD + "    urls: http://h:1\n    database: d\n    username: u\n"))
                .isEqualTo(FILE + ": databases.prod.urls: must be a non-empty list of URLs, got 'http://h:1'");
        assertThat(message(HEAD + VALID + "    urls: [http://h:1]\n"))
                .isEqualTo(FILE + ": databases.prod.urls: give either url or urls, not both");
    }

    @Test
    void plainTextPasswordsAreRefusedWithoutEchoingThem() {
        String text = message(HEAD + VALID + "    password: s3cret-value\n");

        assertThat(text).isEqualTo(FILE + ": databases.prod.password: plain-text passwords are not allowed in the "
                + "file; put the password in an environment variable and give its NAME with password_env, "
                + "e.g. password_env: PROD_PW");
        assertThat(text).doesNotContain("s3cret-value");
    }

    @Test
    void structureMistakesAreNamed() {
        assertThat(message("- a\n- b\n")).isEqualTo(FILE + ": must be a mapping with a 'databases' key, got a list");
        assertThat(message("databases: [a]\n")).isEqualTo(
                FILE + ": databases: must be a mapping from database keys to entries, got a list");
        assertThat(message("databases:\n  prod:\n")).isEqualTo(
                FILE + ": databases.prod: must be a mapping with url, database and username, got nothing");
        assertThat(message("databases:\n  prod: " + "x".repeat(100) + "\n")).isEqualTo(FILE + ": databases.prod: "
                + "must be a mapping with url, database and username, got '" + "x".repeat(80) + "...'");
        assertThat(message("databases:\n  123:\n" + VALID))
                .isEqualTo(FILE + ": databases.123: the key must be text; quote it, e.g. '123':");
        assertThat(message("databases:\n  -bad:\n" + VALID)).isEqualTo(FILE + ": databases.-bad: the key must be "
                + "1-64 characters of letters, digits, '_', '-' or '.', not starting with '-' or '.'");
    }

    @Test
    void defaultMustNameAnEntry() {
        assertThat(message("default_database: prod\n"))
                .isEqualTo(FILE + ": default_database: 'prod' names no entry under databases (there is none)");
        assertThat(message("default_database: 5\ndatabases: {}\n"))
                .isEqualTo(FILE + ": default_database: must be the key of a database, got 5");
    }

    @Test
    void brokenEntryStillCountsAsAKeyForTheDefault() {
        assertThat(message("default_database: prod\n" + HEAD + "    url: http://h:1\n"))
                .doesNotContain("default_database");
    }
}
