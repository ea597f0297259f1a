package io.arangomcp.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import io.arangomcp.adapters.memory.InMemoryGatewayFactory;
import io.arangomcp.ports.out.gateway.DatabaseGatewayFactory;

/**
 * Wiring: the in-memory backend (databases held in this process).
 */
public final class MemoryBackendModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(DatabaseGatewayFactory.class).to(InMemoryGatewayFactory.class).in(Singleton.class);
    }
}
