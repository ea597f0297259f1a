package io.arangomcp.domain.config;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.arangomcp.domain.TestProfiles.profile;
import static io.arangomcp.domain.TestProfiles.registry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DatabaseRegistryTest {

    private static ArangoMcpException failure(Runnable action) {
        return catchThrowableOfType(ArangoMcpException.class, action::run);
    }

    @Test
    void keepsConfigurationOrder() {
        DatabaseRegistry r = registry(null, "zeta", "alpha", "mid");

        assertThat(r.keys()).containsExactly("zeta", "alpha", "mid");
        assertThat(r.profiles()).extracting(DatabaseProfile::key).containsExactly("zeta", "alpha", "mid");
        assertThat(r.firstKey()).isEqualTo("zeta");
        assertThat(r.size()).isEqualTo(3);
        assertThat(r.isEmpty()).isFalse();
    }

    @Test
    void findsAndContainsOnlyConfiguredKeys() {
        DatabaseRegistry r = registry(null, "a");

        assertThat(r.contains("a")).isTrue();
        assertThat(r.contains("b")).isFalse();
        assertThat(r.contains(null)).isFalse();
        assertThat(r.find("a")).contains(profile("a"));
        assertThat(r.find("b")).isEmpty();
        assertThat(r.find(null)).isEmpty();
        assertThat(r.require("a")).isEqualTo(profile("a"));
    }

    @Test
    void emptyRegistryHasNoFirstKeyAndNoDefault() {
        DatabaseRegistry r = DatabaseRegistry.empty(ConfigSource.NONE, null);

        assertThat(r.isEmpty()).isTrue();
        assertThat(r.size()).isZero();
        assertThat(r.firstKey()).isNull();
        assertThat(r.defaultKey()).isNull();
        assertThat(r.source()).isEqualTo(ConfigSource.NONE);
        assertThat(r.location()).isNull();
    }

    @Test
    void refusesAKeyConfiguredTwice() {
        ArangoMcpException e = failure(() -> DatabaseRegistry.of(List.of(profile("a"), profile("a")), null,
                ConfigSource.YAML_FILE, "f.yaml"));

        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_INVALID);
        assertThat(e.getMessage()).isEqualTo("database 'a' is configured twice");
    }

    @Test
    void refusesADefaultThatNamesNoDatabase() {
        ArangoMcpException e = failure(() -> registry("c", "a", "b"));

        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_INVALID);
        assertThat(e.getMessage()).isEqualTo("default_database 'c' names no configured database (configured: a, b)");
    }

    @Test
    void defaultIsTrimmedAndBlankMeansNone() {
        assertThat(registry(" a ", "a").defaultKey()).isEqualTo("a");
        assertThat(registry("  ", "a").defaultKey()).isNull();
    }

    @Test
    void requireNamesTheKeyAndListsTheConfiguredOnes() {
        ArangoMcpException e = failure(() -> registry(null, "a", "b").require("nope"));

        assertThat(e.code()).isEqualTo(ErrorCode.DATABASE_NOT_CONFIGURED);
        assertThat(e.getMessage()).isEqualTo("database 'nope' is not configured");
        assertThat(e.details()).containsEntry("database", "nope")
                .containsEntry("available_databases", List.of("a", "b"));
        assertThat(e.hint()).isEqualTo("Use one of: a, b.");
    }

    @Test
    void requireOnAnEmptyRegistrySaysHowToAddOne() {
        ArangoMcpException e = failure(() -> DatabaseRegistry.empty(ConfigSource.NONE, null).require("a"));

        assertThat(e.details()).containsEntry("available_databases", List.of());
        assertThat(e.hint()).contains("arango-mcp db add").contains("ARANGO_URL");
    }

    @Test
    void withAddedAppendsAndKeepsTheDefault() {
        DatabaseRegistry before = registry("a", "a", "b");
        DatabaseRegistry after = before.withAdded(profile("c"));

        assertThat(after.keys()).containsExactly("a", "b", "c");
        assertThat(after.defaultKey()).isEqualTo("a");
        assertThat(before.keys()).containsExactly("a", "b");
    }

    @Test
    void withAddedRefusesAnExistingKeyAndPointsToUpdate() {
        ArangoMcpException e = failure(() -> registry(null, "a").withAdded(profile("a")));

        assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_EXISTS);
        assertThat(e.getMessage()).isEqualTo("database 'a' already exists");
        assertThat(e.hint()).isEqualTo("Use 'arango-mcp db update a' to change it.");
    }

    @Test
    void withRemovedKeepsTheOrderOfTheRest() {
        DatabaseRegistry r = registry("c", "a", "b", "c").withRemoved("b");

        assertThat(r.keys()).containsExactly("a", "c");
        assertThat(r.defaultKey()).isEqualTo("c");
    }

    @Test
    void removingTheDefaultClearsIt() {
        assertThat(registry("b", "a", "b").withRemoved("b").defaultKey()).isNull();
    }

    @Test
    void removingAnUnknownKeyFails() {
        assertThat(failure(() -> registry(null, "a").withRemoved("x")).code())
                .isEqualTo(ErrorCode.DATABASE_NOT_CONFIGURED);
    }

    @Test
    void withReplacedKeepsThePosition() {
        DatabaseProfile changed = profile("b").toBuilder().description("changed").build();

        DatabaseRegistry r = registry("a", "a", "b", "c").withReplaced("b", changed);

        assertThat(r.keys()).containsExactly("a", "b", "c");
        assertThat(r.require("b").description()).isEqualTo("changed");
        assertThat(r.defaultKey()).isEqualTo("a");
    }

    @Test
    void renameKeepsThePositionAndTheDefaultFollows() {
        DatabaseRegistry r = registry("b", "a", "b", "c").withReplaced("b", profile("beta"));

        assertThat(r.keys()).containsExactly("a", "beta", "c");
        assertThat(r.defaultKey()).isEqualTo("beta");
    }

    @Test
    void renamingAnotherKeyLeavesTheDefaultAlone() {
        assertThat(registry("a", "a", "b").withReplaced("b", profile("beta")).defaultKey()).isEqualTo("a");
    }

    @Test
    void renameOntoAnExistingKeyFails() {
        ArangoMcpException e = failure(() -> registry(null, "a", "b").withReplaced("a", profile("b")));

        assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_EXISTS);
        assertThat(e.getMessage()).isEqualTo("cannot rename 'a' to 'b': database 'b' already exists");
    }

    @Test
    void replacingAnUnknownKeyFails() {
        assertThat(failure(() -> registry(null, "a").withReplaced("x", profile("x"))).code())
                .isEqualTo(ErrorCode.DATABASE_NOT_CONFIGURED);
    }

    @Test
    void withDefaultSetsClearsAndChecksTheKey() {
        DatabaseRegistry r = registry(null, "a", "b");

        assertThat(r.withDefault("b").defaultKey()).isEqualTo("b");
        assertThat(r.withDefault(" b ").defaultKey()).isEqualTo("b");
        assertThat(r.withDefault("b").withDefault(null).defaultKey()).isNull();
        assertThat(r.withDefault("b").withDefault(" ").defaultKey()).isNull();
        assertThat(failure(() -> r.withDefault("x")).code()).isEqualTo(ErrorCode.DATABASE_NOT_CONFIGURED);
    }

    @Test
    void withSourceRelabelsOnly() {
        DatabaseRegistry r = registry("a", "a").withSource(ConfigSource.ENVIRONMENT, "ARANGO_*");

        assertThat(r.source()).isEqualTo(ConfigSource.ENVIRONMENT);
        assertThat(r.location()).isEqualTo("ARANGO_*");
        assertThat(r.keys()).containsExactly("a");
        assertThat(r.defaultKey()).isEqualTo("a");
    }

    @Test
    void equalityCoversProfilesOrderDefaultSourceAndLocation() {
        DatabaseRegistry r = registry("a", "a", "b");

        assertThat(r).isEqualTo(registry("a", "a", "b")).hasSameHashCodeAs(registry("a", "a", "b"));
        assertThat(r).isEqualTo(r);
        assertThat(r).isNotEqualTo(registry("a", "b", "a"));
        assertThat(r).isNotEqualTo(registry(null, "a", "b"));
        assertThat(r).isNotEqualTo(r.withSource(ConfigSource.ENVIRONMENT, "config/databases.yaml"));
        assertThat(r).isNotEqualTo(r.withSource(ConfigSource.YAML_FILE, "other.yaml"));
        assertThat(r).isNotEqualTo("a registry");
    }

    @Test
    void toStringShowsKeysDefaultAndSource() {
        assertThat(registry("a", "a", "b")).hasToString(
                "DatabaseRegistry[a, b] default=a from yaml_file (config/databases.yaml)");
        assertThat(DatabaseRegistry.empty(ConfigSource.NONE, null)).hasToString("DatabaseRegistry[] from none");
    }

    @Test
    void listsCannotBeChangedFromOutside() {
        DatabaseRegistry r = registry(null, "a");

        assertThatThrownBy(() -> r.keys().add("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.profiles().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
