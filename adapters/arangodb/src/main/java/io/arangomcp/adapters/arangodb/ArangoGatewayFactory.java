package io.arangomcp.adapters.arangodb;

import io.arangomcp.ports.out.gateway.DatabaseGatewayFactory;
import io.arangomcp.ports.out.gateway.ServerAddress;
import io.arangomcp.ports.out.gateway.ServerClient;

import java.util.Objects;

/**
 * ArangoDB backend: the {@code arangodb} gateway factory: one driver client per server address (the
 * application's connection manager asks once per address and shares the client).
 */
public final class ArangoGatewayFactory implements DatabaseGatewayFactory {

    /** The backend id. */
    public static final String BACKEND = "arangodb";

    @Override
    public String backend() {
        return BACKEND;
    }

    @Override
    public ServerClient open(ServerAddress address) {
        Objects.requireNonNull(address, "address is null");
        return new ArangoServerClient(DriverClients.build(address), address);
    }
}
