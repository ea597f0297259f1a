package io.arangomcp.ports.spi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionProbeTest {

    @Test
    void needsAKey() {
        ConnectionProbe down = new ConnectionProbe("prod", false, null, "DATABASE_UNAVAILABLE", "refused", 12);

        assertThat(down.reachable()).isFalse();
        assertThat(down.errorCode()).isEqualTo("DATABASE_UNAVAILABLE");
        assertThatThrownBy(() -> new ConnectionProbe(null, true, "3.12.4", null, null, 1)).hasMessage("key is null");
    }
}
