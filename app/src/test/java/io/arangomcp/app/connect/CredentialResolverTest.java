package io.arangomcp.app.connect;

import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.error.ArangoMcpException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialResolverTest {
    private final DatabaseProfile profile = DatabaseProfile.builder("prod").url("http://h:8529").database("d")
            .username("u").passwordEnv("PROD_PW").jwtEnv("PROD_JWT").build();

    @Test
    void readsTheNamedVariables() {
        CredentialResolver r = new CredentialResolver(Map.of("PROD_PW", "pw", "PROD_JWT", "token"));
        assertThat(r.password(profile).reveal()).isEqualTo("pw");
        assertThat(r.jwt(profile).reveal()).isEqualTo("token");
        assertThat(r.secretValues(List.of(profile))).containsExactly("pw", "token");
        assertThat(r.missingVariables(List.of(profile))).isEmpty();
    }

    @Test
    void aProfileWithoutVariablesHasNoSecrets() {
        DatabaseProfile open = profile.toBuilder().passwordEnv(null).jwtEnv(null).build();
        CredentialResolver r = new CredentialResolver(Map.of());
        assertThat(r.password(open).isEmpty()).isTrue();
        assertThat(r.jwt(open).isEmpty()).isTrue();
    }

    @Test
    void aMissingVariableIsAnErrorNamingItNeverAnEmptyPassword() {
        CredentialResolver r = new CredentialResolver(Map.of("PROD_PW", ""));
        assertThat(r.password(profile).isEmpty()).isTrue();
        assertThatThrownBy(() -> r.jwt(profile))
                .isInstanceOf(ArangoMcpException.class)
                .hasMessage("database 'prod': environment variable PROD_JWT (jwt_env) is not set")
                .satisfies(e -> assertThat(((ArangoMcpException) e).hint()).contains("Export PROD_JWT"));
        assertThat(r.missingVariables(List.of(profile))).containsExactly("PROD_JWT (database 'prod')");
        assertThat(r.secretValues(List.of(profile))).isEmpty();
    }
}
