package io.arangomcp.toolpacks.multitenancy.tools.meta;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.domain.session.SessionState;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.multitenancy.MultiTenancyPack;
import io.arangomcp.toolpacks.multitenancy.TestDatabases;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.arangomcp.toolpacks.multitenancy.TestDatabases.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListAvailableDatabasesToolTest {
    private static final String TOOL = "arango_list_available_databases";
    private final ToolPackHarness pack = ToolPackHarness.of(new MultiTenancyPack());

    @Test
    void listsEveryDatabaseInConfigurationOrderWithItsFlags() {
        FakeToolContext context = FakeToolContext.builder()
                .registry(TestDatabases.registry("prod",
                        profile("prod").toBuilder().description("Production").readOnly(true).build(),
                        profile("staging")))
                .session(SessionState.create("s-1", FakeToolContext.DEFAULT_NOW).withFocus("staging"))
                .build();

        Map<String, Object> result = pack.call(TOOL, Map.of(), context);

        assertThat(result).isEqualTo(Map.of(
                "databases", List.of(
                        Map.of("key", "prod", "url", "http://prod.example:8529", "database", "app_prod",
                                "username", "svc_prod", "description", "Production", "is_default", true,
                                "is_focused", false, "read_only", true),
                        Map.of("key", "staging", "url", "http://staging.example:8529", "database", "app_staging",
                                "username", "svc_staging", "is_default", false, "is_focused", true,
                                "read_only", false)),
                "total_count", 2,
                "default_database", "prod"));
    }

    @Test
    void neverShowsTheNameOfThePasswordVariable() {
        FakeToolContext context = FakeToolContext.builder().registry(TestDatabases.threeDatabases()).build();

        assertThat(pack.call(TOOL, Map.of(), context).toString()).doesNotContain("PW_", "password");
    }

    @Test
    void withoutADefaultTheDefaultIsAbsent() {
        FakeToolContext context = FakeToolContext.builder()
                .registry(TestDatabases.registry(null, profile("a"))).build();

        assertThat(pack.call(TOOL, Map.of(), context)).doesNotContainKey("default_database")
                .containsEntry("total_count", 1);
    }

    @Test
    void refusesArguments() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("all", true)))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS));
    }
}
