package io.arangomcp.adapters.arangodb;

import io.arangomcp.domain.config.Protocol;
import io.arangomcp.ports.out.gateway.Secret;
import io.arangomcp.ports.out.gateway.ServerAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The gateway contract against a real ArangoDB server, when {@code ARANGO_URL} names one (comma-separated URLs
 * for several coordinators; {@code ARANGO_USERNAME}, default {@code root}; {@code ARANGO_PASSWORD}; and
 * {@code ARANGO_PROTOCOL} {@code http2} or {@code http1}). Each test creates and drops its own database, so the
 * user must be allowed to. Skipped, saying so, when {@code ARANGO_URL} is not set.
 */
@EnabledIfEnvironmentVariable(named = "ARANGO_URL", matches = ".*\\S.*",
        disabledReason = "ARANGO_URL is not set: no real ArangoDB server to test against")
class ArangoGatewayRealServerContractTest extends DriverContractBase {

    private static Clients clients;

    @BeforeAll
    static void connect() {
        String urls = System.getenv("ARANGO_URL");
        String user = System.getenv().getOrDefault("ARANGO_USERNAME", "root");
        String password = System.getenv().getOrDefault("ARANGO_PASSWORD", "");
        String protocol = System.getenv().getOrDefault("ARANGO_PROTOCOL", "http2");
        List<String> list = Arrays.stream(urls.split(",")).map(String::trim).filter(u -> !u.isEmpty()).toList();
        clients = Clients.open(new ServerAddress(list, user, Secret.of(password), Secret.empty(),
                Protocol.parse(protocol), Duration.ofSeconds(30), true, null, 16));
    }

    @AfterAll
    static void disconnect() {
        if (clients != null) {
            clients.close();
        }
    }

    @Override
    protected Clients clients() {
        return clients;
    }
}
