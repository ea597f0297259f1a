package io.arangomcp.app.cli;

import io.arangomcp.app.support.CliRun;
import io.arangomcp.app.support.TestLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DbCommandsTest {
    @TempDir
    Path cwd;

    private final TestLauncher launcher = new TestLauncher();

    private CliRun answering(String stdin, String... args) {
        return CliRun.run(launcher, cwd, Map.of("PROD_PW", "pw"), stdin, args);
    }

    private CliRun run(String... args) {
        return answering("", args);
    }

    private Path config() {
        return cwd.resolve("config/databases.yaml");
    }

    private void addProd() {
        CliRun r = run("db", "add", "prod", "--url", "http://localhost:8529", "--database", "app", "--username", "app",
                "--password-env", "PROD_PW", "--yes");
        assertThat(r.code).as(r.toString()).isZero();
    }

    @Test
    void addWritesTheFileAndReportsIt() throws Exception {
        addProd();
        assertThat(Files.readString(config())).contains("prod:").contains("password_env: PROD_PW");
        CliRun second = run("db", "add", "staging", "-u", "http://c1:8529", "-u", "http://c2:8529", "-d", "app",
                "-U", "app", "--timeout", "60", "--default", "--yes");
        assertThat(second.code).as(second.toString()).isZero();
        assertThat(second.out).contains("[ADDED] database 'staging' (http://c1:8529, http://c2:8529")
                .contains("[ADDED] default_database: staging").contains("Configuration saved to: " + config());
        assertThat(Files.readString(config())).startsWith("#").contains("default_database: staging");
    }

    @Test
    void addRefusesDuplicatesAndBadValuesWithClearMessages() {
        addProd();
        CliRun dup = run("db", "add", "prod", "--url", "http://x:1", "--database", "d", "--username", "u", "--yes");
        assertThat(dup.code).isEqualTo(ExitCodes.ERROR);
        assertThat(dup.err).contains("Error: database 'prod' already exists").contains("db update prod");
        CliRun badUrl = run("db", "add", "x", "--url", "ftp://x", "--database", "d", "--username", "u", "--yes");
        assertThat(badUrl.code).isEqualTo(ExitCodes.ERROR);
        assertThat(badUrl.err).contains("database 'x': url: must be an absolute http:// or https:// URL");
        CliRun missing = run("db", "add", "y", "--url", "http://x:1", "--yes");
        assertThat(missing.err).contains("database 'y': database: is required");
        CliRun badTimeout = run("db", "add", "z", "--url", "http://x:1", "-d", "d", "-U", "u", "--timeout", "0");
        assertThat(badTimeout.err).contains("timeout: must be more than 0");
    }

    @Test
    void dryRunChangesNothingButStillChecks() throws Exception {
        CliRun r = run("db", "add", "prod", "--url", "http://localhost:8529", "--database", "app", "--username", "app",
                "--dry-run");
        assertThat(r.code).isZero();
        assertThat(r.out).contains("db add (dry-run):").contains("[ADDED - DRY-RUN] database 'prod'")
                .contains("No changes made");
        assertThat(Files.exists(config())).isFalse();
        addProd();
        CliRun dup = run("db", "add", "prod", "--url", "http://x:1", "--database", "d", "--username", "u", "--dry-run");
        assertThat(dup.code).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void theConfirmationPromptDecides() throws Exception {
        addProd();
        String before = Files.readString(config());
        CliRun no = answering("n\n", "db", "remove", "prod");
        assertThat(no.code).isEqualTo(ExitCodes.CANCELLED);
        assertThat(no.err).contains("[REMOVE] database 'prod'").contains("Proceed? [y/N]").contains("Cancelled");
        CliRun eof = answering("", "db", "remove", "prod");
        assertThat(eof.code).isEqualTo(ExitCodes.CANCELLED);
        assertThat(Files.readString(config())).isEqualTo(before);
        CliRun yes = answering("yes\n", "db", "remove", "prod");
        assertThat(yes.code).as(yes.toString()).isZero();
        assertThat(yes.out).contains("[REMOVED] database 'prod'");
        CliRun env = CliRun.run(launcher, cwd, Map.of("ARANGO_MCP_YES", "1"), "", "db", "add", "x", "--url",
                "http://x:1", "-d", "d", "-U", "u");
        assertThat(env.code).as(env.toString()).isZero();
    }

    @Test
    void removeOfAnUnknownKeyFailsAndRemovingTheDefaultClearsIt() throws Exception {
        CliRun missing = run("db", "remove", "nope", "--yes");
        assertThat(missing.code).isEqualTo(ExitCodes.ERROR);
        assertThat(missing.err).contains("database 'nope' is not configured");
        addProd();
        run("db", "default", "prod", "--yes");
        CliRun r = run("db", "rm", "prod", "--yes");
        assertThat(r.out).contains("default_database cleared");
        assertThat(Files.readString(config())).doesNotContain("default_database");
    }

    @Test
    void updateChangesFieldsInPlaceAndRenamesCarryTheDefault() throws Exception {
        addProd();
        run("db", "add", "second", "--url", "http://x:1", "-d", "d", "-U", "u", "--yes");
        run("db", "default", "prod", "--yes");
        CliRun r = run("db", "update", "prod", "--key", "production", "--timeout", "60", "--description", "Main",
                "--yes");
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.out).contains("Key: prod → production").contains("Timeout: 30s → 60s")
                .contains("Description: (not set) → Main");
        String yaml = Files.readString(config());
        assertThat(yaml).contains("default_database: production");
        assertThat(yaml.indexOf("production:")).isLessThan(yaml.indexOf("second:"));
        CliRun none = run("db", "update", "production", "--timeout", "60", "--yes");
        assertThat(none.code).isEqualTo(ExitCodes.ERROR);
        assertThat(none.err).contains("no changes specified");
        CliRun clash = run("db", "update", "production", "--key", "second", "--yes");
        assertThat(clash.err).contains("already exists");
    }

    @Test
    void updateSetsEveryConnectionOption() throws Exception {
        addProd();
        CliRun r = run("db", "update", "prod", "--jwt-env", "PROD_JWT", "--protocol", "http1", "--no-tls-verify",
                "--ca-cert", "certs/ca.pem", "--max-connections", "4", "--read-only", "--username", "other",
                "--database", "app2", "--url", "https://db:8529", "--password-env", "", "--yes");
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.out).contains("JWT env: (not set) → PROD_JWT").contains("Protocol: http2 → http1")
                .contains("TLS verify: true → false").contains("CA certificates: (not set) → certs/ca.pem")
                .contains("Max connections: 16 → 4").contains("Read-only: false → true")
                .contains("Password env: PROD_PW → (not set)");
        assertThat(Files.readString(config())).contains("protocol: http1").contains("read_only: true")
                .doesNotContain("password_env: ");
        assertThat(run("db", "update", "prod", "--protocol", "http3", "--yes").err).contains("unknown protocol");
        assertThat(run("db", "update", "prod", "--timeout", "NaN", "--yes").err).contains("--timeout");
    }

    @Test
    void defaultShowsSetsAndClears() {
        addProd();
        assertThat(run("db", "default").out).contains("No default database is set.");
        assertThat(run("db", "default", "prod", "--yes").out).contains("default_database: (not set) → prod");
        assertThat(run("db", "default").out).contains("Default database: prod");
        assertThat(run("db", "default", "--clear", "--yes").out).contains("prod → (not set)");
        assertThat(run("db", "default", "nope", "--yes").err).contains("'nope' is not configured");
    }

    @Test
    void listShowsEntriesOrTheEnvironmentOrNothing() {
        CliRun nothing = run("db", "list");
        assertThat(nothing.out).contains("No configuration:");
        CliRun env = CliRun.run(launcher, cwd, Map.of("ARANGO_URL", "http://db:8529"), "", "db", "ls");
        assertThat(env.out).contains("using the ARANGO_* environment variables").contains("http://db:8529");
        addProd();
        CliRun list = run("db", "list");
        assertThat(list.out).contains("Configured databases (1):").contains("Password env: PROD_PW")
                .contains("Timeout: 30s").doesNotContain("pw\n");
        CliRun json = run("db", "list", "--json");
        assertThat(json.out).contains("\"key\" : \"prod\"").contains("\"password_env\" : \"PROD_PW\"");
    }

    @Test
    void statusExplainsResolutionAndWarns() {
        addProd();
        CliRun r = CliRun.run(launcher, cwd, Map.of("ARANGO_DB", "app"), "", "db", "status");
        assertThat(r.code).isZero();
        assertThat(r.out).contains("Source: yaml_file").contains("ARANGO_DB: app")
                .contains("Resolves to: prod (level 5)")
                .contains("Warning: ARANGO_DB='app' names no database key")
                .contains("Warning: environment variable PROD_PW (database 'prod') is not set")
                .contains("Connections (arangodb backend):").contains("prod").contains("✗ CONFIG_INVALID");
        CliRun reachable = run("db", "status");
        assertThat(reachable.out).contains("✓ version 3.12.4");
        CliRun quiet = run("db", "status", "--no-probe");
        assertThat(quiet.out).doesNotContain("Connections");
    }

    @Test
    void theConfigOptionAndVariableChooseTheFile() throws Exception {
        CliRun r = run("db", "add", "x", "--url", "http://x:1", "-d", "d", "-U", "u", "--config", "other.yaml", "--yes");
        assertThat(r.code).isZero();
        assertThat(Files.exists(cwd.resolve("other.yaml"))).isTrue();
        CliRun viaEnv = CliRun.run(launcher, cwd, Map.of("ARANGO_DATABASES_CONFIG_FILE", "other.yaml"), "", "db", "list");
        assertThat(viaEnv.out).contains("Configured databases (1):");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("db").code).isEqualTo(ExitCodes.USAGE);
        assertThat(run("db", "add").code).isEqualTo(ExitCodes.USAGE);
        assertThat(run("db", "frobnicate").code).isEqualTo(ExitCodes.USAGE);
        assertThat(run().code).isEqualTo(ExitCodes.USAGE);
        assertThat(run("tools").code).isEqualTo(ExitCodes.USAGE);
        assertThat(run("db", "add", "--help").out).contains("Examples:");
    }

    @Test
    void aBrokenFileIsReportedWithItsPlace() throws Exception {
        Files.createDirectories(config().getParent());
        Files.writeString(config(), "databases:\n  prod:\n    url: http://x:1\n    tiemout: 3\n");
        CliRun r = run("db", "list");
        assertThat(r.code).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err).contains("databases.prod.tiemout: unknown key");
    }
}
