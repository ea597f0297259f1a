package io.arangomcp.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import io.arangomcp.adapters.arangodb.ArangoGatewayFactory;
import io.arangomcp.ports.out.gateway.DatabaseGatewayFactory;

/**
 * Wiring: the arangodb backend (databases on ArangoDB servers through the official driver).
 */
public final class ArangoBackendModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(DatabaseGatewayFactory.class).to(ArangoGatewayFactory.class).in(Singleton.class);
    }
}
