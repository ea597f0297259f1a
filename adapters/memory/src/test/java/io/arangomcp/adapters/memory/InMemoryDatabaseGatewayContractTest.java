package io.arangomcp.adapters.memory;

import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.testkit.DatabaseGatewayContract;

/** Runs the gateway contract against the in-memory backend, on a new server for every test. */
class InMemoryDatabaseGatewayContractTest extends DatabaseGatewayContract {

    @Override
    protected DatabaseGateway newGateway() {
        return new InMemoryServerClient(new InMemoryServer()).database("contract");
    }
}
