package io.arangomcp.app.cli;

import io.arangomcp.adapters.mcp.http.HttpSettings;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class HttpOptionsTest {
    private static HttpSettings parse(String... args) {
        HttpOptions options = new HttpOptions();
        new CommandLine(options).parseArgs(args);
        return options.settings();
    }

    @Test
    void thePublicUrlIsTheResourceAndItsHostIsAcceptedByDefault() {
        HttpSettings behindProxy = parse("--public-url", "https://mcp.example.com/mcp");
        assertThat(behindProxy.publicUrl()).isEqualTo(URI.create("https://mcp.example.com/mcp"));
        assertThat(behindProxy.allowedHosts()).contains("127.0.0.1:*", "mcp.example.com:*");
        HttpSettings chosenHosts = parse("--public-url", "https://mcp.example.com/mcp", "--allowed-hosts", "proxy.lan");
        assertThat(chosenHosts.allowedHosts()).containsExactly("proxy.lan");
        assertThat(parse().publicUrl()).isNull();
    }
}
