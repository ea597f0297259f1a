package io.arangomcp.adapters.memory;

import io.arangomcp.domain.config.Protocol;
import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.Secret;
import io.arangomcp.ports.out.gateway.ServerAddress;
import io.arangomcp.ports.out.gateway.ServerClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryGatewayFactoryTest {

    private final InMemoryGatewayFactory factory = new InMemoryGatewayFactory();

    private static ServerAddress address(String url, String user) {
        return new ServerAddress(List.of(url), user, Secret.of("pw"), Secret.empty(), Protocol.HTTP2,
                Duration.ofSeconds(5), true, null, 4);
    }

    @Test
    void isTheMemoryBackend() {
        assertThat(factory.backend()).isEqualTo("memory");
    }

    @Test
    void clientsOfOneUrlShareTheirDataWhateverTheUser() {
        ServerClient alice = factory.open(address("http://db:8529", "alice"));
        ServerClient bob = factory.open(address("http://db:8529", "bob"));

        alice.database("shop").createCollection("items", CollectionSpec.of(CollectionType.DOCUMENT));

        assertThat(bob.database("shop").collection("items").name()).isEqualTo("items");
        assertThat(factory.server("http://db:8529")).isSameAs(factory.server("http://db:8529"));
    }

    @Test
    void clientsOfOtherUrlsSeeOtherServers() {
        factory.open(address("http://one:8529", "root")).database("shop")
                .createCollection("items", CollectionSpec.of(CollectionType.DOCUMENT));

        ServerClient other = factory.open(address("http://two:8529", "root"));

        assertThat(other.database("shop").collections()).noneMatch(c -> c.name().equals("items"));
    }
}
