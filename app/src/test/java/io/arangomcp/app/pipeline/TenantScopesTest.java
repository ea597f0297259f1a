package io.arangomcp.app.pipeline;

import io.arangomcp.app.support.ContextTool;
import io.arangomcp.app.support.Fixtures;
import io.arangomcp.app.support.TestTools;
import io.arangomcp.domain.tenant.AccessConfig;
import io.arangomcp.domain.tenant.Tenant;
import io.arangomcp.domain.tenant.TokenGrant;
import io.arangomcp.domain.tenant.TokenHash;
import io.arangomcp.ports.in.CallHooks;
import io.arangomcp.ports.in.Caller;
import io.arangomcp.ports.in.ErrorInfo;
import io.arangomcp.ports.in.ToolCallResult;
import io.arangomcp.ports.in.ToolDescriptor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Tenants through the whole pipeline: databases outside the tenant, packs it may not use, usage it sees. */
class TenantScopesTest {
    private final AccessConfig access = new AccessConfig(Map.of(
            "acme", new Tenant("acme", Set.of("b", "a"), Set.of("data", "test")),
            "ro", new Tenant("ro", Set.of("ro"), Set.of("test"))),
            List.of(new TokenGrant("acme-token", TokenHash.sha256Hex("t1"), "acme")), null);
    private final TenantScopes scopes = new TenantScopes(Fixtures.registry(), access);
    private final Fixtures f = new Fixtures(Fixtures.registry(), Map.of("PW", "pw"), List.of(
            new RegisteredTool(new TestTools.Echo(), ToolDescriptors.describe(new TestTools.Echo(), "data")),
            new RegisteredTool(new TestTools.SwitchWorkflow(),
                    ToolDescriptors.describe(new TestTools.SwitchWorkflow(), "test")),
            new RegisteredTool(new ContextTool(), ToolDescriptors.describe(new ContextTool(), "test"))), scopes);
    private final Caller acme = new Caller("s-acme", "http", "acme");
    private final Caller readOnly = new Caller("s-ro", "http", "ro");
    private final Caller stranger = new Caller("s-x", "http", "nobody");
    private final Caller trusted = Caller.trusted("s-t", "stdio");

    private ToolCallResult call(Caller caller, String tool, Map<String, Object> args) {
        return f.pipeline.call(caller, tool, args, CallHooks.NONE);
    }

    private static ErrorInfo error(ToolCallResult r) {
        assertThat(r).isInstanceOf(ToolCallResult.Failure.class);
        return ((ToolCallResult.Failure) r).error();
    }

    private static Map<String, Object> ok(ToolCallResult r) {
        assertThat(r).isInstanceOf(ToolCallResult.Success.class);
        return ((ToolCallResult.Success) r).structured();
    }

    @Test
    void aTenantCannotOverrideIntoADatabaseOutsideIt() {
        ErrorInfo e = error(call(acme, "test_echo", Map.of("text", "x", "database", "ro")));
        assertThat(e.code()).isEqualTo("DATABASE_NOT_CONFIGURED");
        assertThat(e.details()).containsEntry("available_databases", List.of("a", "b"));
        assertThat(e.hint()).isEqualTo("Use one of: a, b.");
        assertThat(ok(call(acme, "test_echo", Map.of("text", "x", "database", "b")))).containsEntry("database", "b");
        assertThat(ok(call(trusted, "test_echo", Map.of("text", "x", "database", "ro"))))
                .containsEntry("database", "ro");
    }

    @Test
    void aTenantSeesAndCallsOnlyToolsOfItsPacks() {
        assertThat(f.pipeline.listTools(readOnly)).extracting(ToolDescriptor::name)
                .containsExactly("test_switch", "test_context");
        ErrorInfo e = error(call(readOnly, "test_echo", Map.of("text", "x")));
        assertThat(e.code()).isEqualTo("ACCESS_DENIED");
        assertThat(e.message()).isEqualTo("tool 'test_echo' belongs to pack 'data', which tenant 'ro' may not use");
        assertThat(f.pipeline.listTools(acme)).hasSize(3);
        assertThat(f.pipeline.listTools(trusted)).hasSize(3);
    }

    @Test
    void anUnknownTenantMayUseNothing() {
        assertThat(f.pipeline.listTools(stranger)).isEmpty();
        assertThat(error(call(stranger, "test_context", Map.of())).code()).isEqualTo("ACCESS_DENIED");
        assertThat(scopes.registryFor(stranger).isEmpty()).isTrue();
    }

    @Test
    void aTenantsDefaultFallsBackToItsFirstKeyAndItsViewIsComputedOnce() {
        assertThat(scopes.registryFor(acme).defaultKey()).isEqualTo("a");
        assertThat(scopes.registryFor(readOnly).defaultKey()).isNull();
        assertThat(scopes.registryFor(readOnly).keys()).containsExactly("ro");
        assertThat(scopes.registryFor(acme)).isSameAs(scopes.registryFor(acme));
        assertThat(scopes.registryFor(trusted)).isEqualTo(Fixtures.registry());
    }

    @Test
    void aTenantsCatalogShowsItsPacksAndOnlyItsOwnUsage() {
        ok(call(trusted, "test_echo", Map.of("text", "x")));
        ok(call(acme, "test_switch", Map.of("workflow", "full")));
        Map<String, Object> asAcme = ok(call(acme, "test_context", Map.of()));
        assertThat(asAcme.get("usage")).isEqualTo(Map.of("test_switch", 1L));
        assertThat(asAcme.get("tools")).isEqualTo(3);
        Map<String, Object> asTrusted = ok(call(trusted, "test_context", Map.of()));
        assertThat(asTrusted.get("usage").toString()).contains("test_echo", "test_switch", "test_context");

        Fixtures narrow = new Fixtures(Fixtures.registry(), Map.of("PW", "pw"), List.of(
                new RegisteredTool(new TestTools.Echo(), ToolDescriptors.describe(new TestTools.Echo(), "data")),
                new RegisteredTool(new ContextTool(), ToolDescriptors.describe(new ContextTool(), "test"))),
                new TenantScopes(Fixtures.registry(), new AccessConfig(Map.of("t",
                        new Tenant("t", Set.of("a", "b"), Set.of("test"))), List.of(), null)));
        Map<String, Object> asT = ok(narrow.pipeline.call(new Caller("s", "http", "t"), "test_context", Map.of(),
                CallHooks.NONE));
        assertThat(asT.get("tools")).isEqualTo(1);
        assertThat(asT.get("visible")).isEqualTo(1);
    }
}
