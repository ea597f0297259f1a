package io.arangomcp.ports.out.gateway;

import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.Protocol;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerAddressTest {
    private final DatabaseProfile profile = DatabaseProfile.builder("prod")
            .urls(List.of("https://a:8529", "https://b:8529")).database("app").username("app_user")
            .passwordEnv("PW").timeout(Duration.ofSeconds(5)).protocol(Protocol.HTTP1).tlsVerify(false)
            .caCertFile("ca.pem").maxConnections(8).build();

    private static ServerAddress address(List<String> urls, Duration timeout, int maxConnections) {
        return new ServerAddress(urls, "u", Secret.empty(), Secret.empty(), Protocol.HTTP2, timeout, true, null,
                maxConnections);
    }

    @Test
    void ofTakesEverythingButTheDatabaseFromTheProfile() {
        ServerAddress a = ServerAddress.of(profile, Secret.of("pw"), Secret.empty());

        assertThat(a.urls()).containsExactly("https://a:8529", "https://b:8529");
        assertThat(a.username()).isEqualTo("app_user");
        assertThat(a.password().reveal()).isEqualTo("pw");
        assertThat(a.jwt().isEmpty()).isTrue();
        assertThat(a.protocol()).isEqualTo(Protocol.HTTP1);
        assertThat(a.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(a.tlsVerify()).isFalse();
        assertThat(a.caCertFile()).isEqualTo("ca.pem");
        assertThat(a.maxConnections()).isEqualTo(8);
    }

    @Test
    void profilesDifferingOnlyInDatabaseShareAnAddress() {
        DatabaseProfile other = profile.toBuilder().database("other").description("x").build();

        assertThat(ServerAddress.of(other, Secret.of("pw"), Secret.empty()))
                .isEqualTo(ServerAddress.of(profile, Secret.of("pw"), Secret.empty()));
        assertThat(ServerAddress.of(other, Secret.of("changed"), Secret.empty()))
                .isNotEqualTo(ServerAddress.of(profile, Secret.of("pw"), Secret.empty()));
    }

    @Test
    void describeNamesUrlsAndUserButNoSecret() {
        ServerAddress a = ServerAddress.of(profile, Secret.of("hunter2"), Secret.of("jwt-token"));

        assertThat(a.describe()).isEqualTo("https://a:8529,https://b:8529 as 'app_user'");
        assertThat(a.toString()).doesNotContain("hunter2").doesNotContain("jwt-token");
    }

    @Test
    void refusesIncompleteAddresses() {
        assertThatThrownBy(() -> address(List.of(), Duration.ofSeconds(1), 1))
                .hasMessage("at least one URL is required");
        assertThatThrownBy(() -> address(List.of("http://a"), Duration.ZERO, 1))
                .hasMessage("timeout must be positive (zero would wait forever)");
        assertThatThrownBy(() -> address(List.of("http://a"), Duration.ofSeconds(-1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> address(List.of("http://a"), Duration.ofSeconds(1), 0))
                .hasMessage("maxConnections must be at least 1");
        assertThatThrownBy(() -> new ServerAddress(List.of("http://a"), null, Secret.empty(), Secret.empty(),
                Protocol.HTTP2, Duration.ofSeconds(1), true, null, 1)).hasMessage("username is null");
        assertThatThrownBy(() -> new ServerAddress(List.of("http://a"), "u", null, Secret.empty(),
                Protocol.HTTP2, Duration.ofSeconds(1), true, null, 1)).hasMessage("password is null");
        assertThatThrownBy(() -> new ServerAddress(List.of("http://a"), "u", Secret.empty(), null,
                Protocol.HTTP2, Duration.ofSeconds(1), true, null, 1)).hasMessage("jwt is null");
        assertThatThrownBy(() -> new ServerAddress(List.of("http://a"), "u", Secret.empty(), Secret.empty(),
                null, Duration.ofSeconds(1), true, null, 1)).hasMessage("protocol is null");
        assertThatThrownBy(() -> new ServerAddress(List.of("http://a"), "u", Secret.empty(), Secret.empty(),
                Protocol.HTTP2, null, true, null, 1)).hasMessage("timeout is null");
    }
}
