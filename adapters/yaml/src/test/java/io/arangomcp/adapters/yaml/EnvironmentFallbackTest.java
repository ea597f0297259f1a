package io.arangomcp.adapters.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.arangomcp.domain.config.ConfigSource;
import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The v0.4 {@code ARANGO_*} variables as a one-database registry, aliases included. */
class EnvironmentFallbackTest {
    private static DatabaseProfile profile(Map<String, String> environment) {
        DatabaseRegistry registry = EnvironmentFallback.registry(environment).orElseThrow();
        assertThat(registry.keys()).containsExactly("default");
        assertThat(registry.defaultKey()).isEqualTo("default");
        assertThat(registry.source()).isEqualTo(ConfigSource.ENVIRONMENT);
        assertThat(registry.location()).isEqualTo("environment variables");
        return registry.require("default");
    }

    private static String failure(Map<String, String> environment) {
        ArangoMcpException e = catchThrowableOfType(ArangoMcpException.class,
                () -> EnvironmentFallback.registry(environment));
        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_INVALID);
        return e.getMessage();
    }

    @Test
    void nothingSetMeansNoRegistry() {
        assertThat(EnvironmentFallback.registry(Map.of())).isEmpty();
        assertThat(EnvironmentFallback.registry(Map.of("ARANGO_URL", " ", "ARANGO_DB", "", "PATH", "/bin")))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ARANGO_URL", "ARANGO_DB", "ARANGO_USERNAME", "ARANGO_USER", "ARANGO_PASSWORD",
            "ARANGO_PASS", "ARANGO_TIMEOUT_SEC"})
    void anyOneVariableIsEnough(String name) {
        String value = name.equals("ARANGO_URL") ? "http://db:8529" : name.equals("ARANGO_TIMEOUT_SEC") ? "5" : "x";

        assertThat(EnvironmentFallback.registry(Map.of(name, value))).isPresent();
    }

    @Test
    void unsetValuesTakeTheV04Defaults() {
        DatabaseProfile profile = profile(Map.of("ARANGO_DB", "shop"));

        assertThat(profile.url()).isEqualTo("http://localhost:8529");
        assertThat(profile.database()).isEqualTo("shop");
        assertThat(profile.username()).isEqualTo("root");
        assertThat(profile.passwordEnv()).isNull();
        assertThat(profile.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(profile(Map.of("ARANGO_URL", "http://db:8529")).database()).isEqualTo("_system");
    }

    @Test
    void readsEveryV04Variable() {
        DatabaseProfile profile = profile(Map.of("ARANGO_URL", " https://db.example.com:8529 ", "ARANGO_DB", "shop",
                "ARANGO_USERNAME", "shopper", "ARANGO_PASSWORD", "secret", "ARANGO_TIMEOUT_SEC", "12.5"));

        assertThat(profile.url()).isEqualTo("https://db.example.com:8529");
        assertThat(profile.username()).isEqualTo("shopper");
        assertThat(profile.passwordEnv()).isEqualTo("ARANGO_PASSWORD");
        assertThat(profile.timeout()).isEqualTo(Duration.ofMillis(12_500));
    }

    @Test
    void aliasesApplyWhenTheMainNamesAreUnset() {
        DatabaseProfile aliases = profile(Map.of("ARANGO_USER", "alias_user", "ARANGO_PASS", "pw"));
        assertThat(aliases.username()).isEqualTo("alias_user");
        assertThat(aliases.passwordEnv()).isEqualTo("ARANGO_PASS");

        DatabaseProfile both = profile(Map.of("ARANGO_USERNAME", "main", "ARANGO_USER", "alias",
                "ARANGO_PASSWORD", "a", "ARANGO_PASS", "b"));
        assertThat(both.username()).isEqualTo("main");
        assertThat(both.passwordEnv()).isEqualTo("ARANGO_PASSWORD");

        assertThat(profile(Map.of("ARANGO_PASSWORD", " ", "ARANGO_PASS", "b")).passwordEnv())
                .isEqualTo("ARANGO_PASS");
    }

    @Test
    void badTimeoutIsAnErrorNamingTheVariable() {
        assertThat(failure(Map.of("ARANGO_TIMEOUT_SEC", "abc")))
                .isEqualTo("environment variables: ARANGO_TIMEOUT_SEC: must be a number of seconds, got 'abc'");
        assertThat(failure(Map.of("ARANGO_TIMEOUT_SEC", "0"))).isEqualTo(
                "environment variables: ARANGO_TIMEOUT_SEC: must be more than 0 and at most 3600 seconds, got 0");
        assertThat(failure(Map.of("ARANGO_TIMEOUT_SEC", "1e999999999"))).isEqualTo("environment variables: "
                + "ARANGO_TIMEOUT_SEC: must be more than 0 and at most 3600 seconds, got 1e999999999");
    }

    @Test
    void everyBadVariableIsReportedAtOnce() {
        assertThat(failure(Map.of("ARANGO_URL", "localhost:8529", "ARANGO_TIMEOUT_SEC", "-3"))).isEqualTo(
                "environment variables: ARANGO_TIMEOUT_SEC: must be more than 0 and at most 3600 seconds, got -3\n"
                        + "environment variables: ARANGO_URL: must be an absolute http:// or https:// URL with a "
                        + "host, e.g. http://localhost:8529, got 'localhost:8529'");
    }
}
