package io.arangomcp.app.cli;

import io.arangomcp.adapters.mcp.http.HttpSettings;
import io.arangomcp.app.http.AccessSource;
import picocli.CommandLine.Option;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * CLI: the options of {@code serve --transport http}.
 */
final class HttpOptions {
    private static final List<String> LOOPBACK_HOSTS = List.of("localhost:*", "127.0.0.1:*", "[::1]:*");
    private static final List<String> LOOPBACK_ORIGINS = List.of("http://localhost:*", "http://127.0.0.1:*",
            "http://[::1]:*", "https://localhost:*");

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "HTTP: address to bind (default: ${DEFAULT-VALUE}). Beyond loopback, authentication is required.")
    String host;

    @Option(names = "--port", defaultValue = "8000", paramLabel = "PORT",
            description = "HTTP: port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--path", defaultValue = "/mcp", paramLabel = "PATH",
            description = "HTTP: the MCP endpoint (default: ${DEFAULT-VALUE}).")
    String path;

    @Option(names = "--allowed-hosts", split = ",", paramLabel = "HOST[:PORT|:*]",
            description = "HTTP: Host header values accepted (DNS-rebinding guard). Default: localhost, 127.0.0.1, "
                    + "[::1] and the --host address, any port. '*' accepts any host (behind a proxy that checks it).")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--allowed-origins", split = ",", paramLabel = "ORIGIN",
            description = "HTTP: browser Origins accepted. Default: http://localhost, http://127.0.0.1, http://[::1] "
                    + "and https://localhost, any port. Requests without an Origin are not browser requests and pass.")
    List<String> allowedOrigins = new ArrayList<>();

    @Option(names = "--public-url", paramLabel = "URL",
            description = "HTTP: the URL clients use for the MCP endpoint, e.g. https://mcp.example.com/mcp behind a "
                    + "proxy. Named as 'resource' in the OAuth protected resource metadata (served when JWTs are "
                    + "accepted); its host is accepted by default. Without it, scheme and host come from each request.")
    URI publicUrl;

    @Option(names = "--auth-file", paramLabel = "FILE",
            description = "HTTP: tenants, bearer tokens and JWT settings (YAML; see docs/deployment.md). Without it, "
                    + "$" + AccessSource.TOKEN_VARIABLE + " is the one accepted token.")
    String authFile;

    @Option(names = "--session-idle-timeout", defaultValue = "1800", paramLabel = "SECONDS",
            description = "HTTP: a session without requests for this long expires (default: ${DEFAULT-VALUE}).")
    long idleSeconds;

    @Option(names = "--max-sessions", defaultValue = "1000", paramLabel = "N",
            description = "HTTP: most sessions open at once; more are refused with 503 (default: ${DEFAULT-VALUE}).")
    int maxSessions;

    @Option(names = "--stateless",
            description = "HTTP: no Mcp-Session-Id; each request stands alone and session state (focus, workflow) "
                    + "belongs to the authenticated principal. No notifications.")
    boolean stateless;

    /** The transport settings these options describe. */
    HttpSettings settings() {
        List<String> hosts = allowedHosts;
        if (hosts.isEmpty()) {
            hosts = new ArrayList<>(LOOPBACK_HOSTS);
            String bound = host.contains(":") ? "[" + host + "]:*" : host + ":*";
            if (!hosts.contains(bound) && !"0.0.0.0".equals(host) && !"::".equals(host)) {
                hosts.add(bound);
            }
            if (publicUrl != null && publicUrl.getHost() != null) {
                hosts.add(publicUrl.getHost() + ":*");
            }
        }
        List<String> origins = allowedOrigins.isEmpty() ? LOOPBACK_ORIGINS : allowedOrigins;
        return new HttpSettings(host, port, path, hosts, origins, Duration.ofSeconds(idleSeconds), maxSessions,
                Duration.ofSeconds(30), 4 * 1024 * 1024, stateless, publicUrl);
    }
}
