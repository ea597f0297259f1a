package io.arangomcp.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import io.arangomcp.adapters.arangodb.ArangoGatewayFactory;
import io.arangomcp.adapters.memory.session.InMemorySessionRepository;
import io.arangomcp.ports.out.gateway.DatabaseGatewayFactory;
import io.arangomcp.ports.out.session.SessionRepository;

/**
 * Wiring: the arangodb backend (databases on ArangoDB servers through the official driver; sessions held in
 * this process).
 */
public final class ArangoBackendModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(DatabaseGatewayFactory.class).to(ArangoGatewayFactory.class).in(Singleton.class);
        bind(SessionRepository.class).to(InMemorySessionRepository.class).in(Singleton.class);
    }
}
