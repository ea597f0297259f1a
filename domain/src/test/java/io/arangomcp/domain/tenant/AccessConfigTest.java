package io.arangomcp.domain.tenant;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessConfigTest {
    private static final String HASH = TokenHash.sha256Hex("s3cret");
    private final Tenant acme = new Tenant("acme", Set.of("shop"), Set.of(Tenant.ALL));

    @Test
    void noneHasNoWayToAuthenticate() {
        assertThat(AccessConfig.NONE.enabled()).isFalse();
        assertThat(AccessConfig.NONE.tenant("acme")).isEmpty();
        assertThat(AccessConfig.NONE.tenant(null)).isEmpty();
    }

    @Test
    void tokensOrAJwtRuleEnableIt() {
        AccessConfig tokens = new AccessConfig(Map.of("acme", acme), List.of(new TokenGrant("ci", HASH, "acme")), null);
        assertThat(tokens.enabled()).isTrue();
        assertThat(tokens.tenant("acme")).contains(acme);
        AccessConfig jwt = new AccessConfig(Map.of("acme", acme), List.of(),
                new JwtRule("https://idp.example/jwks", "https://idp.example/", "arango-mcp", null, List.of()));
        assertThat(jwt.enabled()).isTrue();
        assertThat(jwt.jwt().tenantClaim()).isEqualTo(JwtRule.DEFAULT_TENANT_CLAIM);
    }

    @Test
    void aTokenMustNameADefinedTenantAndBeUnique() {
        assertThatThrownBy(() -> new AccessConfig(Map.of("acme", acme),
                List.of(new TokenGrant("ci", HASH, "other")), null))
                .hasMessage("token 'ci' names tenant 'other', which is not defined (tenants: acme)");
        assertThatThrownBy(() -> new AccessConfig(Map.of("acme", acme),
                List.of(new TokenGrant("a", HASH, "acme"), new TokenGrant("b", HASH.toUpperCase(), "acme")), null))
                .hasMessageContaining("token 'b' is the same token as another one");
        assertThatThrownBy(() -> new AccessConfig(Map.of("other", acme), List.of(), null))
                .hasMessage("tenant 'acme' is filed under 'other'");
    }

    @Test
    void tokenGrantsAndJwtRulesCheckTheirFields() {
        assertThatThrownBy(() -> new TokenGrant(" ", HASH, "acme")).hasMessage("a token needs a name");
        assertThatThrownBy(() -> new TokenGrant("ci", "abc", "acme")).hasMessageContaining("64 hex digits");
        assertThatThrownBy(() -> new TokenGrant("ci", HASH, "")).hasMessage("token 'ci' names no tenant");
        assertThat(new TokenGrant("ci", " " + HASH.toUpperCase() + " ", "acme").sha256()).isEqualTo(HASH);
        assertThatThrownBy(() -> new JwtRule(" ", "i", "a", null, List.of())).hasMessage("jwt.jwks_url is required");
        assertThatThrownBy(() -> new JwtRule("u", null, "a", null, List.of())).hasMessage("jwt.issuer is required");
        assertThatThrownBy(() -> new JwtRule("u", "i", "", null, List.of())).hasMessage("jwt.audience is required");
        assertThat(new JwtRule(" u ", "i", "a", " org ", List.of()).tenantClaim()).isEqualTo("org");
        assertThat(new JwtRule("u", "i", "a", null, List.of()).scopes()).isEmpty();
        assertThat(new JwtRule("u", "i", "a", null, List.of("mcp:tools", "db.read")).scopes())
                .containsExactly("mcp:tools", "db.read");
        assertThatThrownBy(() -> new JwtRule("u", "i", "a", null, List.of("two words")))
                .hasMessageStartingWith("jwt.scopes: 'two words' is not an OAuth scope");
        assertThatThrownBy(() -> new JwtRule("u", "i", "a", null, List.of("say\"hi\"")))
                .hasMessageContaining("quotes");
        assertThatThrownBy(() -> new JwtRule("u", "i", "a", null, List.of(""))).hasMessageContaining("not an OAuth");
    }

    @Test
    void tokenHashesAreSha256HexComparedExactly() {
        assertThat(TokenHash.sha256Hex("test"))
                .isEqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        assertThat(TokenHash.sameDigest(TokenHash.sha256Hex("s3cret"), HASH)).isTrue();
        assertThat(TokenHash.sameDigest(TokenHash.sha256Hex("s3cret!"), HASH)).isFalse();
    }
}
