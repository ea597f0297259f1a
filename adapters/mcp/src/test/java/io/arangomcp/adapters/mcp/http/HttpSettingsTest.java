package io.arangomcp.adapters.mcp.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpSettingsTest {
    private static HttpSettings settings(int port, String path, Duration idle, int max, int bytes) {
        return new HttpSettings("127.0.0.1", port, path, List.of(), List.of(), idle, max, null, bytes, false);
    }

    @Test
    void refusesValuesThatCannotWork() {
        Duration minute = Duration.ofMinutes(1);
        assertThatThrownBy(() -> settings(70000, "/mcp", minute, 1, 1)).hasMessageContaining("--port");
        assertThatThrownBy(() -> settings(-1, "/mcp", minute, 1, 1)).hasMessageContaining("--port");
        assertThatThrownBy(() -> settings(0, "mcp", minute, 1, 1)).hasMessageContaining("--path");
        assertThatThrownBy(() -> settings(0, "/", minute, 1, 1)).hasMessageContaining("--path");
        assertThatThrownBy(() -> settings(0, "/mcp/", minute, 1, 1)).hasMessageContaining("--path");
        assertThatThrownBy(() -> settings(0, "/mcp", Duration.ZERO, 1, 1)).hasMessageContaining("idle");
        assertThatThrownBy(() -> settings(0, "/mcp", minute, 0, 1)).hasMessageContaining("--max-sessions");
        assertThatThrownBy(() -> settings(0, "/mcp", minute, 1, 0)).hasMessageContaining("request size");
        assertThatThrownBy(() -> new Principal(null, null)).isInstanceOf(NullPointerException.class);
    }
}
