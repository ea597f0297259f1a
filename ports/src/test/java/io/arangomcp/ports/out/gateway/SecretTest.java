package io.arangomcp.ports.out.gateway;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretTest {

    @Test
    void toStringNeverShowsTheValue() {
        Secret s = Secret.of("hunter2");

        assertThat(s.toString()).isEqualTo("Secret[***]").doesNotContain("hunter2");
        assertThat(s.reveal()).isEqualTo("hunter2");
        assertThat(s.isEmpty()).isFalse();
    }

    @Test
    void emptySecretsAreTheSameAndSaySo() {
        assertThat(Secret.of("")).isSameAs(Secret.empty());
        assertThat(Secret.empty().isEmpty()).isTrue();
        assertThat(Secret.empty()).hasToString("Secret[empty]");
    }

    @Test
    void equalityFollowsTheValue() {
        assertThat(Secret.of("a")).isEqualTo(Secret.of("a")).hasSameHashCodeAs(Secret.of("a"));
        assertThat(Secret.of("a")).isNotEqualTo(Secret.of("b"));
        assertThat(Secret.of("a")).isNotEqualTo("a");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> Secret.of(null)).hasMessage("value is null");
    }
}
