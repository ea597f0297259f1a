package io.arangomcp.testkit.tools;

import io.arangomcp.domain.config.ConfigSource;
import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.resolution.ResolutionLevel;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.spi.BackupDirectory;
import io.arangomcp.ports.spi.Cancellation;
import io.arangomcp.ports.spi.ConnectionProbe;
import io.arangomcp.ports.spi.Limits;
import io.arangomcp.ports.spi.Progress;
import io.arangomcp.ports.spi.SchemaValidator;
import io.arangomcp.ports.spi.SchemaViolation;
import io.arangomcp.ports.spi.ToolLog;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FakeToolContextTest {
    private static final DatabaseRegistry REGISTRY = DatabaseRegistry.of(List.of(profile("a"), profile("b")), null,
            ConfigSource.YAML_FILE, "databases.yaml");
    private final DatabaseGateway gateway = (DatabaseGateway) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[]{DatabaseGateway.class}, (proxy, method, args) -> null);

    @Test
    void defaultsDescribeAServerScopedCallInAFreshSession() {
        FakeToolContext context = FakeToolContext.builder().build();

        assertThatThrownBy(context::database).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(context::catalog).isInstanceOf(IllegalStateException.class);
        assertThat(context.databaseKey()).isNull();
        assertThat(context.databaseReadOnly()).isFalse();
        assertThat(context.session().id()).isEqualTo("test-session");
        assertThat(context.limits()).isEqualTo(Limits.defaults());
        assertThat(context.cancellation()).isSameAs(Cancellation.NONE);
        assertThat(context.progress()).isSameAs(Progress.NONE);
        assertThat(context.log()).isSameAs(ToolLog.NONE);
        assertThat(context.now()).isEqualTo(FakeToolContext.DEFAULT_NOW);
        assertThat(context.databases().registry().isEmpty()).isTrue();
        assertThat(context.databases().resolution().resolved()).isFalse();
    }

    @Test
    void offersABackupDirectoryOnlyWhenGivenOne() {
        BackupDirectory backups = new BackupDirectory(java.nio.file.Path.of("target", "fake-backups"));

        assertThat(FakeToolContext.builder().backups(backups).build().backups()).isSameAs(backups);
        assertThatThrownBy(() -> FakeToolContext.builder().build().backups()).isInstanceOf(ArangoMcpException.class)
                .hasMessageContaining("no backup directory");
    }

    @Test
    void offersASchemaValidatorOnlyWhenGivenOne() {
        SchemaValidator validator = new SchemaValidator() {
            @Override
            public void check(Map<String, Object> schema) {
            }

            @Override
            public List<SchemaViolation> validate(Map<String, Object> schema, Object value) {
                return List.of();
            }
        };

        assertThat(FakeToolContext.builder().schemaValidator(validator).build().schemaValidator())
                .isSameAs(validator);
        assertThatThrownBy(() -> FakeToolContext.builder().build().schemaValidator())
                .isInstanceOf(ArangoMcpException.class).hasMessageContaining("no JSON-schema validator");
    }

    @Test
    void carriesTheConfiguredGatewayAndSettings() {
        Instant later = Instant.parse("2030-05-06T07:08:09Z");
        FakeToolContext context = FakeToolContext.builder().gateway("a", gateway).readOnly(true)
                .registry(REGISTRY).limits(new Limits(1, 2, Duration.ofSeconds(3), 4))
                .clock(Clock.fixed(later, ZoneOffset.UTC)).build();

        assertThat(context.database()).isSameAs(gateway);
        assertThat(context.databaseKey()).isEqualTo("a");
        assertThat(context.databaseReadOnly()).isTrue();
        assertThat(context.limits().maxRows()).isEqualTo(1);
        assertThat(context.now()).isEqualTo(later);
        assertThat(context.session().state().createdAt()).isEqualTo(later);
        assertThat(context.databases().gateway("a")).isSameAs(gateway);
    }

    @Test
    void resolutionFollowsTheSessionFocusAndTheEnvironment() {
        FakeToolContext context = FakeToolContext.builder().registry(REGISTRY).envArangoDb("b").build();
        assertThat(context.databases().resolution().decidedBy()).isEqualTo(ResolutionLevel.ENV_ARANGO_DB);
        assertThat(context.databases().envArangoDb()).isEqualTo("b");

        context.session().update(s -> s.withFocus("a"));

        assertThat(context.databases().resolution().key()).isEqualTo("a");
        assertThat(context.session().updates()).isEqualTo(1);
    }

    @Test
    void probesAreScriptedPerKeyWithADefaultProber() {
        ConnectionProbe down = new ConnectionProbe("b", false, null, "UNAUTHORIZED", "no", 3);
        FakeToolContext context = FakeToolContext.builder().registry(REGISTRY).probe(down).build();

        assertThat(context.databases().probeAll()).extracting(ConnectionProbe::reachable).containsExactly(true, false);
        assertThat(context.databases().probe("b")).isSameAs(down);
        assertThatThrownBy(() -> context.databases().probe("zzz")).isInstanceOf(ArangoMcpException.class);

        FakeToolContext allDown = FakeToolContext.builder().registry(REGISTRY)
                .probes(key -> new ConnectionProbe(key, false, null, "TIMEOUT", "slow", 9)).build();
        assertThat(allDown.databases().probe("a").errorCode()).isEqualTo("TIMEOUT");
    }

    @Test
    void otherGatewaysAreHandedOutByKeyAndUnknownKeysFailLikeTheHost() {
        FakeToolContext context = FakeToolContext.builder().registry(REGISTRY).otherGateway("b", gateway).build();

        assertThat(context.databases().gateway("b")).isSameAs(gateway);
        assertThatThrownBy(() -> context.databases().gateway("a")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> context.databases().gateway("nope")).isInstanceOf(ArangoMcpException.class);
    }

    private static DatabaseProfile profile(String key) {
        return DatabaseProfile.builder(key).url("http://localhost:8529").database(key).username("root").build();
    }
}
