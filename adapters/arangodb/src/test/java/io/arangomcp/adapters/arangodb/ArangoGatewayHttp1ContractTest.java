package io.arangomcp.adapters.arangodb;

import io.arangomcp.adapters.emulator.ArangoEmulator;
import io.arangomcp.domain.config.Protocol;
import io.arangomcp.ports.out.gateway.Capability;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.Set;

/** The gateway contract on the driver gateway, talking HTTP/1.1 to the emulator on loopback. */
class ArangoGatewayHttp1ContractTest extends DriverContractBase {

    private static ArangoEmulator emulator;
    private static Clients clients;

    @BeforeAll
    static void start() {
        emulator = EmulatedServer.start();
        clients = Clients.open(EmulatedServer.address(emulator, Protocol.HTTP1));
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
