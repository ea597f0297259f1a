package io.arangomcp.ports.out.gateway;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerVersionTest {

    @Test
    void needsServerVersionAndLicense() {
        assertThat(new ServerVersion("arango", "3.12.4", "community").version()).isEqualTo("3.12.4");
        assertThatThrownBy(() -> new ServerVersion(null, "3.12.4", "community")).hasMessage("server is null");
        assertThatThrownBy(() -> new ServerVersion("arango", null, "community")).hasMessage("version is null");
        assertThatThrownBy(() -> new ServerVersion("arango", "3.12.4", null)).hasMessage("license is null");
    }
}
