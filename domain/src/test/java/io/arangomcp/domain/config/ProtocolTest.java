package io.arangomcp.domain.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProtocolTest {

    @Test
    void parsesTheConfigurationSpellingIgnoringCaseAndSpaces() {
        assertThat(Protocol.parse("http2")).isEqualTo(Protocol.HTTP2);
        assertThat(Protocol.parse(" HTTP1 ")).isEqualTo(Protocol.HTTP1);
        assertThat(Protocol.HTTP1.configName()).isEqualTo("http1");
    }

    @Test
    void refusesUnknownProtocolsListingTheKnownOnes() {
        assertThatThrownBy(() -> Protocol.parse("vst"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown protocol 'vst' (expected http2 or http1)");
    }
}
