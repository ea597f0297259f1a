package io.arangomcp.adapters.memory;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InMemoryServerClientTest {

    private final InMemoryServer server = new InMemoryServer();
    private final InMemoryServerClient client = new InMemoryServerClient(server);

    @Test
    void createsADatabaseOnFirstUse() {
        DatabaseGateway gateway = client.database("shop");

        assertThat(gateway.databaseName()).isEqualTo("shop");
        assertThat(server.databases()).contains("shop");
    }

    @Test
    void reportsTheServerVersion() {
        assertThat(client.version()).isEqualTo(InMemoryServer.VERSION);
    }

    @Test
    void failsAfterClose() {
        client.close();
        client.close();

        assertThatThrownBy(() -> client.database("shop")).isInstanceOf(ArangoMcpException.class)
                .extracting(e -> ((ArangoMcpException) e).code()).isEqualTo(ErrorCode.DATABASE_UNAVAILABLE);
        assertThatThrownBy(client::version).isInstanceOf(ArangoMcpException.class);
    }
}
