package io.arangomcp.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.arangomcp.adapters.memory.InMemoryGatewayFactory;
import io.arangomcp.adapters.memory.session.InMemorySessionRepository;
import io.arangomcp.app.config.ServerSettings;
import io.arangomcp.ports.out.gateway.DatabaseGatewayFactory;
import io.arangomcp.ports.out.session.SessionRepository;

/**
 * Wiring: the in-memory backend (databases and sessions held in this process).
 */
public final class MemoryBackendModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(DatabaseGatewayFactory.class).to(InMemoryGatewayFactory.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    SessionRepository sessions(ServerSettings settings) {
        return new InMemorySessionRepository(settings.initialWorkflow());
    }
}
