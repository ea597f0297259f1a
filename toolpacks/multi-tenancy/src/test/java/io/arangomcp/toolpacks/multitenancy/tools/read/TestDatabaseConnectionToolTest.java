package io.arangomcp.toolpacks.multitenancy.tools.read;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.spi.ConnectionProbe;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.multitenancy.MultiTenancyPack;
import io.arangomcp.toolpacks.multitenancy.TestDatabases;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestDatabaseConnectionToolTest {
    private static final String TOOL = "arango_test_database_connection";
    private final ToolPackHarness pack = ToolPackHarness.of(new MultiTenancyPack());

    @Test
    void reportsTheVersionAndLatencyOfAReachableDatabase() {
        FakeToolContext context = FakeToolContext.builder().registry(TestDatabases.threeDatabases())
                .probe(new ConnectionProbe("staging", true, "3.12.4", null, null, 12)).build();

        assertThat(pack.call(TOOL, Map.of("database", "staging"), context)).isEqualTo(Map.of(
                "success", true, "database", "staging", "url", "http://staging.example:8529",
                "database_name", "app_staging", "version", "3.12.4", "latency_ms", 12L));
    }

    @Test
    void aFailedConnectionIsASuccessfulCallSayingSo() {
        FakeToolContext context = FakeToolContext.builder().registry(TestDatabases.threeDatabases())
                .probe(new ConnectionProbe("prod", false, null, "UNAUTHORIZED", "not authorized to execute this "
                        + "request", 40)).build();

        assertThat(pack.call(TOOL, Map.of("database", "prod"), context)).isEqualTo(Map.of(
                "success", false, "database", "prod", "url", "http://prod.example:8529",
                "database_name", "app_prod", "error", "not authorized to execute this request",
                "error_code", "UNAUTHORIZED", "latency_ms", 40L));
    }

    @Test
    void anUnknownKeyIsADatabaseNotConfiguredError() {
        FakeToolContext context = FakeToolContext.builder().registry(TestDatabases.threeDatabases()).build();

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("database", "app_prod"), context))
                .isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DATABASE_NOT_CONFIGURED);
                    assertThat(e.hint()).contains("prod, staging, analytics");
                });
    }

    @Test
    void refusesInvalidArguments() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of()))
                .isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
                    assertThat(e.getMessage()).contains("'database' is required");
                });
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("database", "")))
                .hasMessageContaining("'database' must have at least 1 characters");
    }
}
