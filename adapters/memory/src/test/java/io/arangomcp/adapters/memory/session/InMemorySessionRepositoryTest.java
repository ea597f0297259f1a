package io.arangomcp.adapters.memory.session;

import io.arangomcp.domain.session.SessionState;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the in-memory repository adds to the shared contract: argument checks. */
class InMemorySessionRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final InMemorySessionRepository repository = new InMemorySessionRepository();

    @Test
    void refusesNullArguments() {
        assertThatThrownBy(() -> repository.getOrCreate(null, NOW)).hasMessage("sessionId is null");
        assertThatThrownBy(() -> repository.getOrCreate("s", null)).hasMessage("now is null");
        assertThatThrownBy(() -> repository.find(null)).hasMessage("sessionId is null");
        assertThatThrownBy(() -> repository.update("s", NOW, null)).hasMessage("change is null");
        assertThatThrownBy(() -> repository.remove(null)).hasMessage("sessionId is null");
        assertThatThrownBy(() -> repository.removeIdleSince(null)).hasMessage("cutoff is null");
    }

    @Test
    void refusesUpdatesThatReturnAnotherSessionOrNothing() {
        assertThatThrownBy(() -> repository.update("s", NOW, s -> SessionState.create("other", NOW)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> repository.update("s", NOW, s -> null)).isInstanceOf(IllegalStateException.class);
        assertThat(repository.find("s")).isEmpty();
    }

    @Test
    void startsNewSessionsInTheConfiguredWorkflow() {
        InMemorySessionRepository narrow = new InMemorySessionRepository("baseline");

        assertThat(narrow.getOrCreate("a", NOW).workflow()).isEqualTo("baseline");
        assertThat(narrow.update("b", NOW, s -> s).workflow()).isEqualTo("baseline");
        assertThat(repository.getOrCreate("a", NOW).workflow()).isEqualTo(SessionState.INITIAL_WORKFLOW);
        assertThatThrownBy(() -> new InMemorySessionRepository(null)).hasMessage("initialWorkflow is null");
    }
}
