package io.arangomcp.adapters.arangodb;

import io.arangomcp.adapters.emulator.ArangoEmulator;
import io.arangomcp.domain.config.Protocol;
import io.arangomcp.ports.out.gateway.Capability;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.Set;

/** The gateway contract on the driver gateway, talking HTTP/2 (h2c with prior knowledge) to the emulator on loopback. */
class ArangoGatewayHttp2ContractTest extends DriverContractBase {

    private static ArangoEmulator emulator;
    private static Clients clients;

    @BeforeAll
    static void start() {
        emulator = EmulatedServer.start();
        clients = Clients.open(EmulatedServer.address(emulator, Protocol.HTTP2));
    }

    @AfterAll
    static void stop() {
        clients.close();
        emulator.close();
    }

    @Override
    protected Clients clients() {
        return clients;
    }

    @Override
    protected Set<Capability> serverCapabilities() {
        return EmulatedServer.capabilities(emulator);
    }
}
