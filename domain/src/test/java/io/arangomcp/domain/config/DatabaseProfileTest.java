package io.arangomcp.domain.config;

import io.arangomcp.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DatabaseProfileTest {

    private static DatabaseProfile.Builder valid(String key) {
        return DatabaseProfile.builder(key).url("http://localhost:8529").database("app").username("root");
    }

    private static InvalidProfileException invalid(DatabaseProfile.Builder builder) {
        return catchThrowableOfType(InvalidProfileException.class, builder::build);
    }

    @Test
    void builderAppliesTheDocumentedDefaults() {
        DatabaseProfile p = valid("prod").build();

        assertThat(p.key()).isEqualTo("prod");
        assertThat(p.urls()).containsExactly("http://localhost:8529");
        assertThat(p.url()).isEqualTo("http://localhost:8529");
        assertThat(p.protocol()).isEqualTo(Protocol.HTTP2);
        assertThat(p.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.tlsVerify()).isTrue();
        assertThat(p.maxConnections()).isEqualTo(16);
        assertThat(p.readOnly()).isFalse();
        assertThat(p.passwordEnv()).isNull();
        assertThat(p.jwtEnv()).isNull();
        assertThat(p.description()).isNull();
        assertThat(p.caCertFile()).isNull();
    }

    @Test
    void toBuilderReproducesEveryField() {
        DatabaseProfile p = valid("prod").urls(List.of("https://a:8529", "https://b:8529")).passwordEnv("PW")
                .jwtEnv("JWT").timeout(Duration.ofMillis(2500)).description("Production").protocol(Protocol.HTTP1)
                .tlsVerify(false).caCertFile("ca.pem").maxConnections(4).readOnly(true).build();

        assertThat(p.toBuilder().build()).isEqualTo(p);
        assertThat(p.url()).isEqualTo("https://a:8529");
    }

    @Test
    void urlsAreCopied() {
        List<String> urls = new ArrayList<>(List.of("http://a:8529"));
        DatabaseProfile p = valid("k").urls(urls).build();
        urls.add("http://b:8529");

        assertThat(p.urls()).containsExactly("http://a:8529");
        assertThatThrownBy(() -> p.urls().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod", "_system", "a", "A.b-c_9", "0db",
            "k234567890123456789012345678901234567890123456789012345678901234"})
    void acceptsKeysOfLettersDigitsAndSeparators(String key) {
        assertThat(valid(key).build().key()).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-prod", ".prod", "my db", "prod/x", "prödüktion",
            "k2345678901234567890123456789012345678901234567890123456789012345"})
    void refusesBadKeysNamingTheRule(String key) {
        InvalidProfileException e = invalid(valid(key));

        assertThat(e.field()).isEqualTo("key");
        assertThat(e.profileKey()).isEqualTo(key);
        assertThat(e.problem()).isEqualTo(
                "must be 1-64 characters of letters, digits, '_', '-' or '.', not starting with '-' or '.'");
        assertThat(e.getMessage()).isEqualTo("database '" + key + "': key: " + e.problem());
        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_INVALID);
        assertThat(e.details()).containsEntry("database", key).containsEntry("field", "key");
    }

    @Test
    void detailsNameTheDatabaseThenTheFieldInEveryRun() {
        assertThat(invalid(valid("k").maxConnections(0)).details().keySet()).containsExactly("database", "field");
    }

    @Test
    void refusesANullKey() {
        InvalidProfileException e = invalid(valid(null));

        assertThat(e.field()).isEqualTo("key");
        assertThat(e.details()).containsEntry("database", "null");
    }

    @Test
    void requiresAtLeastOneUrl() {
        assertThat(invalid(valid("k").urls(List.of())).getMessage()).isEqualTo("database 'k': url: is required");
        assertThat(invalid(valid("k").url(null)).problem()).isEqualTo("is required");
        assertThat(invalid(valid("k").url("  ")).problem()).isEqualTo("is required");
        assertThatThrownBy(() -> valid("k").urls(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void urlsAreStoredTrimmedAsTheyAreChecked() {
        DatabaseProfile p = valid("k").urls(List.of(" http://a:8529 ", "http://b:8529\n")).build();

        assertThat(p.urls()).containsExactly("http://a:8529", "http://b:8529");
    }

    @Test
    void aMissingUrlInAListIsReportedLikeAnyMissingUrl() {
        InvalidProfileException e = invalid(valid("k").urls(Arrays.asList("http://a:8529", null)));

        assertThat(e.field()).isEqualTo("url");
        assertThat(e.problem()).isEqualTo("is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8529", "https://db.example.com", "HTTP://LOCALHOST:8529",
            "http://10.0.0.1:8529/", "memory://local"})
    void acceptsHttpHttpsAndMemoryUrls(String url) {
        assertThat(valid("k").url(url).build().url()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:8529", "ftp://host", "tcp://localhost:8529", "http://", "http:/path",
            "http:opaque", "not a url", "//localhost:8529"})
    void refusesOtherUrlsShowingAnExample(String url) {
        InvalidProfileException e = invalid(valid("k").url(url));

        assertThat(e.field()).isEqualTo("url");
        assertThat(e.problem()).startsWith("must be an absolute http:// or https:// URL with a host, "
                + "e.g. http://localhost:8529, got '");
    }

    @Test
    void explainsWhyAHostNameWithAnUnderscoreIsRefused() {
        assertThat(invalid(valid("k").url("http://arango_db:8529")).problem())
                .isEqualTo("must name a host of letters, digits, '-' and '.' (no '_'), got 'http://arango_db:8529'");
        assertThat(invalid(valid("k").url("http://root:s3cret@arango_db:8529")).getMessage())
                .doesNotContain("s3cret").endsWith("got 'http://***@arango_db:8529'");
    }

    @Test
    void checksEveryUrlOfAFailoverList() {
        InvalidProfileException e = invalid(valid("k").urls(List.of("http://a:8529", "b:8529")));

        assertThat(e.problem()).endsWith("got 'b:8529'");
    }

    @Test
    void refusesCredentialsInHttpUrlsWithoutEchoingThem() {
        InvalidProfileException e = invalid(valid("k").url("http://root:s3cret@localhost:8529"));

        assertThat(e.field()).isEqualTo("url");
        assertThat(e.problem()).isEqualTo("must not contain credentials; use username and password_env instead");
        assertThat(e.getMessage()).doesNotContain("s3cret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp://root:s3cret@localhost:8529", "http://root:s3cret/x@localhost:8529",
            "http://root:s3cret@", "root:s3cret@localhost:8529", "http://root:s3 cret@localhost:8529"})
    void neverEchoesCredentialsOfAUrlRefusedForAnotherReason(String url) {
        InvalidProfileException e = invalid(valid("k").url(url));

        assertThat(e.field()).isEqualTo("url");
        assertThat(e.getMessage()).doesNotContain("s3").doesNotContain("root").contains("***@");
    }

    @Test
    void refusesCredentialsInMemoryUrlsToo() {
        assertThat(invalid(valid("k").url("memory://user:s3cret@local")).problem())
                .isEqualTo("must not contain credentials; use username and password_env instead");
    }

    @Test
    void neverEchoesAPasswordWrittenWhereItsVariableNameBelongs() {
        InvalidProfileException e = invalid(valid("k").passwordEnv("s3cret!Pass"));

        assertThat(e.getMessage()).doesNotContain("s3cret")
                .isEqualTo("database 'k': password_env: must be the NAME of an environment variable (letters, "
                        + "digits and '_', not starting with a digit), not the secret itself; the value is not shown");
    }

    @Test
    void requiresDatabaseAndUsernameAndTrimsThem() {
        assertThat(invalid(valid("k").database(null)).getMessage()).isEqualTo("database 'k': database: is required");
        assertThat(invalid(valid("k").database(" ")).field()).isEqualTo("database");
        assertThat(invalid(valid("k").username("")).getMessage()).isEqualTo("database 'k': username: is required");

        DatabaseProfile p = valid("k").database(" app_prod ").username(" app_user ").build();
        assertThat(p.database()).isEqualTo("app_prod");
        assertThat(p.username()).isEqualTo("app_user");
    }

    @Test
    void environmentVariableNamesAreTrimmedAndBlankMeansNone() {
        DatabaseProfile p = valid("k").passwordEnv(" PROD_PW ").jwtEnv("  ").build();

        assertThat(p.passwordEnv()).isEqualTo("PROD_PW");
        assertThat(p.jwtEnv()).isNull();
        assertThat(valid("k").jwtEnv("_TOKEN1").build().jwtEnv()).isEqualTo("_TOKEN1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1PW", "MY-PW", "PW WORD", "$PW"})
    void refusesEnvironmentVariableNamesThatCannotBeNames(String name) {
        InvalidProfileException password = invalid(valid("k").passwordEnv(name));
        InvalidProfileException jwt = invalid(valid("k").jwtEnv(name));

        assertThat(password.field()).isEqualTo("password_env");
        assertThat(password.problem()).startsWith("must be the NAME of an environment variable");
        assertThat(jwt.field()).isEqualTo("jwt_env");
    }

    @Test
    void timeoutDefaultsWhenNullAndAcceptsTheBounds() {
        assertThat(valid("k").timeout(null).build().timeout()).isEqualTo(DatabaseProfile.DEFAULT_TIMEOUT);
        assertThat(valid("k").timeout(Duration.ofMillis(1)).build().timeout()).isEqualTo(Duration.ofMillis(1));
        assertThat(valid("k").timeout(Duration.ofHours(1)).build().timeout()).isEqualTo(DatabaseProfile.MAX_TIMEOUT);
    }

    @Test
    void refusesZeroNegativeAndTooLongTimeoutsShowingTheValue() {
        assertThat(invalid(valid("k").timeout(Duration.ZERO)).getMessage())
                .isEqualTo("database 'k': timeout: must be more than 0 and at most 3600 seconds, got 0");
        assertThat(invalid(valid("k").timeout(Duration.ofMillis(-1500))).problem()).endsWith("got -1.5");
        assertThat(invalid(valid("k").timeout(Duration.ofMillis(3_600_500))).problem()).endsWith("got 3600.5");
    }

    @Test
    void secondsWritesWholeAndFractionalSeconds() {
        assertThat(DatabaseProfile.seconds(Duration.ofSeconds(30))).isEqualTo("30");
        assertThat(DatabaseProfile.seconds(Duration.ofMillis(2500))).isEqualTo("2.5");
        assertThat(DatabaseProfile.seconds(Duration.ofMillis(1))).isEqualTo("0.001");
        assertThat(DatabaseProfile.seconds(Duration.ZERO)).isEqualTo("0");
    }

    @Test
    void secondsKeepsSubMillisecondPrecision() {
        assertThat(DatabaseProfile.seconds(Duration.ofNanos(500_000))).isEqualTo("0.0005");
        assertThat(DatabaseProfile.seconds(Duration.ofNanos(-1))).isEqualTo("-0.000000001");
    }

    @Test
    void aTimeoutJustOverTheLimitIsShownAsItIs() {
        assertThat(invalid(valid("k").timeout(Duration.ofNanos(3_600_000_500_000L))).problem())
                .isEqualTo("must be more than 0 and at most 3600 seconds, got 3600.0005");
    }

    @Test
    void aHugeTimeoutIsRefusedLikeAnyOtherTooLongOne() {
        assertThat(invalid(valid("k").timeout(Duration.ofSeconds(Long.MAX_VALUE))).problem())
                .endsWith("got 9223372036854775807");
    }

    @Test
    void blankOptionalTextsBecomeNullAndNullProtocolIsHttp2() {
        DatabaseProfile p = valid("k").description(" ").caCertFile("").protocol(null).build();

        assertThat(p.description()).isNull();
        assertThat(p.caCertFile()).isNull();
        assertThat(p.protocol()).isEqualTo(Protocol.HTTP2);
        assertThat(valid("k").description("Production").build().description()).isEqualTo("Production");
    }

    @Test
    void maxConnectionsMustBeBetweenOneAndTheLimit() {
        assertThat(valid("k").maxConnections(1).build().maxConnections()).isEqualTo(1);
        assertThat(valid("k").maxConnections(1024).build().maxConnections()).isEqualTo(1024);
        assertThat(invalid(valid("k").maxConnections(0)).getMessage())
                .isEqualTo("database 'k': max_connections: must be between 1 and 1024, got 0");
        assertThat(invalid(valid("k").maxConnections(1025)).problem()).endsWith("got 1025");
    }
}
