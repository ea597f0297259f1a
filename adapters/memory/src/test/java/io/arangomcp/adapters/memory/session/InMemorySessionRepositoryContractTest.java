package io.arangomcp.adapters.memory.session;

import io.arangomcp.ports.out.session.SessionRepository;
import io.arangomcp.testkit.SessionRepositoryContract;

/** Runs the session repository contract against the in-memory repository. */
class InMemorySessionRepositoryContractTest extends SessionRepositoryContract {

    @Override
    protected SessionRepository newRepository() {
        return new InMemorySessionRepository();
    }
}
