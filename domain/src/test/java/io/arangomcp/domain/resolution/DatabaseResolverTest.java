package io.arangomcp.domain.resolution;

import io.arangomcp.domain.config.ConfigSource;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

import static io.arangomcp.domain.TestProfiles.registry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseResolverTest {
    private final DatabaseResolver resolver = new DatabaseResolver(null);

    @Test
    void perCallOverrideWinsOverEverything() {
        Resolution r = new DatabaseResolver("c").resolve(registry("b", "a", "b", "c"), "c", "a");
        assertThat(r.key()).isEqualTo("c");
        assertThat(r.decidedBy()).isEqualTo(ResolutionLevel.PER_CALL_OVERRIDE);
        assertThat(r.level(ResolutionLevel.SESSION_FOCUS).outcome()).isEqualTo(LevelOutcome.NOT_REACHED);
        assertThat(r.level(ResolutionLevel.SESSION_FOCUS).value()).isEqualTo("a");
    }

    @Test
    void overrideNamingAnUnknownKeyIsAnErrorListingTheKnownOnes() {
        assertThatThrownBy(() -> resolver.resolve(registry(null, "a", "b"), "nope", "a"))
                .isInstanceOf(ArangoMcpException.class)
                .satisfies(e -> {
                    ArangoMcpException ame = (ArangoMcpException) e;
                    assertThat(ame.code()).isEqualTo(ErrorCode.DATABASE_NOT_CONFIGURED);
                    assertThat(ame.getMessage()).contains("'nope'");
                    assertThat(ame.details()).containsEntry("available_databases", java.util.List.of("a", "b"));
                    assertThat(ame.hint()).contains("a, b");
                });
    }

    @Test
    void blankOverrideFallsThroughToFocus() {
        Resolution r = resolver.resolve(registry(null, "a", "b"), "  ", "b");
        assertThat(r.key()).isEqualTo("b");
        assertThat(r.decidedBy()).isEqualTo(ResolutionLevel.SESSION_FOCUS);
        assertThat(r.level(ResolutionLevel.PER_CALL_OVERRIDE).outcome()).isEqualTo(LevelOutcome.NOT_SET);
    }

    @Test
    void focusWinsOverConfigDefault() {
        Resolution r = resolver.resolve(registry("a", "a", "b"), null, "b");
        assertThat(r.key()).isEqualTo("b");
        assertThat(r.level(ResolutionLevel.CONFIG_DEFAULT).outcome()).isEqualTo(LevelOutcome.NOT_REACHED);
    }

    @Test
    void staleFocusIsPassedOverAndReported() {
        Resolution r = resolver.resolve(registry("a", "a", "b"), null, "gone");
        assertThat(r.key()).isEqualTo("a");
        assertThat(r.level(ResolutionLevel.SESSION_FOCUS).outcome()).isEqualTo(LevelOutcome.NOT_CONFIGURED);
        assertThat(r.decidedBy()).isEqualTo(ResolutionLevel.CONFIG_DEFAULT);
    }

    @Test
    void configDefaultWinsOverArangoDb() {
        Resolution r = new DatabaseResolver("b").resolve(registry("a", "a", "b"), null, null);
        assertThat(r.key()).isEqualTo("a");
        assertThat(r.level(ResolutionLevel.ENV_ARANGO_DB).value()).isEqualTo("b");
        assertThat(r.level(ResolutionLevel.ENV_ARANGO_DB).outcome()).isEqualTo(LevelOutcome.NOT_REACHED);
    }

    @Test
    void arangoDbIsUsedAsAKeyWhenThereIsNoDefault() {
        Resolution r = new DatabaseResolver("b").resolve(registry(null, "a", "b"), null, null);
        assertThat(r.key()).isEqualTo("b");
        assertThat(r.decidedBy()).isEqualTo(ResolutionLevel.ENV_ARANGO_DB);
    }

    @Test
    void arangoDbNamingNoKeyIsSkippedInsteadOfBreakingTheCall() {
        Resolution r = new DatabaseResolver("app_prod").resolve(registry(null, "a", "b"), null, null);
        assertThat(r.key()).isEqualTo("a");
        assertThat(r.decidedBy()).isEqualTo(ResolutionLevel.FIRST_CONFIGURED);
        assertThat(r.level(ResolutionLevel.ENV_ARANGO_DB).outcome()).isEqualTo(LevelOutcome.NOT_CONFIGURED);
    }

    @Test
    void firstConfiguredKeyFollowsConfigurationOrder() {
        Resolution r = resolver.resolve(registry(null, "zeta", "alpha"), null, null);
        assertThat(r.key()).isEqualTo("zeta");
    }

    @Test
    void systemFallbackNeedsAKeyNamedSystem() {
        Resolution empty = resolver.resolve(DatabaseRegistry.empty(ConfigSource.NONE, null), null, null);
        assertThat(empty.resolved()).isFalse();
        assertThat(empty.decidedBy()).isNull();
        assertThat(empty.level(ResolutionLevel.SYSTEM_FALLBACK).outcome()).isEqualTo(LevelOutcome.NOT_CONFIGURED);
        assertThat(empty.levels()).hasSize(6);
    }

    @Test
    void requireExplainsThatNothingIsConfigured() {
        DatabaseRegistry empty = DatabaseRegistry.empty(ConfigSource.NONE, null);
        assertThatThrownBy(() -> resolver.require(empty, null, null))
                .isInstanceOf(ArangoMcpException.class)
                .hasMessageContaining("no database is configured");
        assertThat(resolver.require(registry(null, "a"), null, null).key()).isEqualTo("a");
    }

    @Test
    void startupWarningOnlyForYamlRegistriesWhoseKeysDoNotIncludeArangoDb() {
        assertThat(new DatabaseResolver("prod_db").startupWarning(registry(null, "a")))
                .hasValueSatisfying(w -> assertThat(w).contains("ARANGO_DB='prod_db'").contains("keys: a"));
        assertThat(new DatabaseResolver("a").startupWarning(registry(null, "a"))).isEmpty();
        assertThat(resolver.startupWarning(registry(null, "a"))).isEmpty();
        DatabaseRegistry env = registry("a", "a").withSource(ConfigSource.ENVIRONMENT, null);
        assertThat(new DatabaseResolver("app").startupWarning(env)).isEmpty();
        assertThat(new DatabaseResolver(" ").envArangoDb()).isNull();
    }

    @Test
    void levelsKnowTheirNumbersAndReportNames() {
        assertThat(ResolutionLevel.PER_CALL_OVERRIDE.number()).isEqualTo(1);
        assertThat(ResolutionLevel.SYSTEM_FALLBACK.number()).isEqualTo(6);
        assertThat(ResolutionLevel.SESSION_FOCUS.reportName()).isEqualTo("2_focused_database");
        assertThat(ResolutionLevel.ENV_ARANGO_DB.description()).contains("ARANGO_DB");
    }

    @Test
    void resolutionRejectsInconsistentConstruction() {
        assertThatThrownBy(() -> new Resolution("a", null, java.util.List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
