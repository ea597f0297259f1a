package io.arangomcp.domain.tenant;

import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.arangomcp.domain.TestProfiles.registry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantTest {
    private final DatabaseRegistry all = registry("shop", "shop", "analytics", "hr");

    @Test
    void anUnrestrictedTenantMayUseEverythingAndSeesTheWholeRegistry() {
        Tenant root = Tenant.unrestricted("root");
        assertThat(root.allDatabases()).isTrue();
        assertThat(root.allPacks()).isTrue();
        assertThat(root.mayUseDatabase("anything")).isTrue();
        assertThat(root.mayUsePack("core-data")).isTrue();
        assertThat(root.restrict(all)).isSameAs(all);
    }

    @Test
    void aRestrictedRegistryKeepsOrderAndTheDefaultOnlyWhenAllowed() {
        Tenant acme = new Tenant("acme", Set.of("analytics", "shop"), Set.of("core-data"));
        DatabaseRegistry view = acme.restrict(all);
        assertThat(view.keys()).containsExactly("shop", "analytics");
        assertThat(view.defaultKey()).isEqualTo("shop");
        assertThat(view.source()).isEqualTo(all.source());

        DatabaseRegistry hrOnly = new Tenant("hr", Set.of("hr"), Set.of(Tenant.ALL)).restrict(all);
        assertThat(hrOnly.keys()).containsExactly("hr");
        assertThat(hrOnly.defaultKey()).isNull();
    }

    @Test
    void askingTheRestrictedRegistryForAnotherKeyListsOnlyTheTenantsKeys() {
        DatabaseRegistry view = new Tenant("acme", Set.of("shop"), Set.of(Tenant.ALL)).restrict(all);
        assertThatThrownBy(() -> view.require("hr"))
                .isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DATABASE_NOT_CONFIGURED);
                    assertThat(e.details()).containsEntry("available_databases", java.util.List.of("shop"));
                    assertThat(e.hint()).isEqualTo("Use one of: shop.");
                });
    }

    @Test
    void packsAreCheckedById() {
        Tenant t = new Tenant("t", Set.of(), Set.of("multi-tenancy"));
        assertThat(t.mayUsePack("multi-tenancy")).isTrue();
        assertThat(t.mayUsePack("core-data")).isFalse();
        assertThat(t.mayUseDatabase("shop")).isFalse();
        assertThat(t.restrict(all).isEmpty()).isTrue();
    }

    @Test
    void unknownKeysAndPacksAreStartupErrors() {
        Tenant typo = new Tenant("acme", Set.of("shpo"), Set.of(Tenant.ALL));
        assertThatThrownBy(() -> typo.requireKnown(all, Set.of("core-data")))
                .hasMessageContaining("tenant 'acme' names database(s) that are not configured: shpo")
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.hint()).isEqualTo("Configured databases: shop, analytics, hr."));
        Tenant badPack = new Tenant("acme", Set.of(Tenant.ALL), Set.of("graphs"));
        assertThatThrownBy(() -> badPack.requireKnown(all, Set.of("core-data", "admin")))
                .hasMessageContaining("names tool pack(s) that are not loaded: graphs")
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.hint()).isEqualTo("Loaded packs: admin, core-data."));
        new Tenant("ok", Set.of("hr"), Set.of("core-data")).requireKnown(all, Set.of("core-data"));
    }

    @Test
    void refusesBlankIdsEntriesAndAWildcardMixedWithKeys() {
        assertThatThrownBy(() -> new Tenant(" ", Set.of(), Set.of())).hasMessage("a tenant id is required");
        assertThatThrownBy(() -> new Tenant(null, Set.of(), Set.of())).hasMessage("a tenant id is required");
        assertThatThrownBy(() -> new Tenant("t", Set.of(" "), Set.of()))
                .hasMessage("tenant 't' has a blank entry in databases");
        assertThatThrownBy(() -> new Tenant("t", Set.of(), Set.of("*", "core-data")))
                .hasMessageContaining("'*' in packs already means all");
        assertThatThrownBy(() -> new Tenant("t", null, Set.of())).hasMessage("databases is null");
    }
}
