package io.arangomcp.adapters.mcp.http;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpSettingsTest {
    private static HttpSettings settings(int port, String path, Duration idle, int max, int bytes) {
        return new HttpSettings("127.0.0.1", port, path, List.of(), List.of(), idle, max, null, bytes, false, null);
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

    private static URI publicUrl(String url) {
        return new HttpSettings("127.0.0.1", 0, "/mcp", List.of(), List.of(), Duration.ofMinutes(1), 1, null, 1,
                false, URI.create(url)).publicUrl();
    }

    @Test
    void thePublicUrlIsKeptInCanonicalForm() {
        assertThat(publicUrl("HTTPS://MCP.Example.com:8443/Team/mcp/"))
                .hasToString("https://mcp.example.com:8443/Team/mcp");
        assertThat(publicUrl("https://mcp.example.com")).hasToString("https://mcp.example.com");
        assertThat(publicUrl("https://mcp.example.com/")).hasToString("https://mcp.example.com");
        for (String bad : List.of("mcp.example.com/mcp", "ftp://mcp.example.com/mcp", "https://mcp.example.com/mcp?a=1",
                "https://mcp.example.com/mcp#top", "https://user@mcp.example.com/mcp", "https:///mcp")) {
            assertThatThrownBy(() -> publicUrl(bad)).as(bad).hasMessageStartingWith("--public-url must be an absolute");
        }
    }
}
