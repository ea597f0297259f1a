package io.arangomcp.testkit;

import io.arangomcp.domain.session.SessionState;
import io.arangomcp.ports.out.session.SessionRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Testkit: the contract every {@link SessionRepository} passes: implicit creation, isolation between sessions,
 * atomic updates under concurrency (no update lost), oldest-first listing and idle removal. Subclass it and
 * supply {@link #newRepository()}.
 */
public abstract class SessionRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private SessionRepository repository;

    /** An empty repository. */
    protected abstract SessionRepository newRepository();

    @BeforeEach
    protected final void openRepository() {
        repository = newRepository();
    }

    @Test
    void getOrCreateCreatesAFreshSessionImplicitly() {
        SessionState state = repository.getOrCreate("s1", T0);

        assertThat(state).isEqualTo(SessionState.create("s1", T0));
        assertThat(repository.find("s1")).contains(state);
    }

    @Test
    void getOrCreateReturnsTheExistingState() {
        repository.update("s1", T0, s -> s.withFocus("db"));

        assertThat(repository.getOrCreate("s1", T0.plusSeconds(5)).focusedDatabase()).isEqualTo("db");
    }

    @Test
    void findsNothingForAnUnknownSession() {
        assertThat(repository.find("nobody")).isEmpty();
    }

    @Test
    void updateCreatesANewSessionFirst() {
        SessionState state = repository.update("s1", T0, s -> s.withStage("develop"));

        assertThat(state.stage()).isEqualTo("develop");
        assertThat(state.createdAt()).isEqualTo(T0);
        assertThat(repository.find("s1")).contains(state);
    }

    @Test
    void keepsSessionsApart() {
        repository.update("a", T0, s -> s.withFocus("db-a"));
        repository.update("b", T0, s -> s.withWorkflow("graph"));

        assertThat(repository.find("a").orElseThrow().workflow()).isEqualTo(SessionState.INITIAL_WORKFLOW);
        assertThat(repository.find("b").orElseThrow().focusedDatabase()).isNull();
        assertThat(repository.find("a").orElseThrow().focusedDatabase()).isEqualTo("db-a");
    }

    @Test
    void failedUpdateLeavesTheStateUnchanged() {
        SessionState before = repository.update("s1", T0, s -> s.withFocus("db"));

        assertThatThrownBy(() -> repository.update("s1", T0, s -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(repository.find("s1")).contains(before);
    }

    @Test
    void losesNoUpdateWhenManyThreadsUpdateOneSession() throws Exception {
        int threads = 8;
        int perThread = 250;

        runConcurrently(threads, () -> {
            for (int i = 0; i < perThread; i++) {
                repository.update("shared", T0, s -> s.withUsage("tool", T0.plusMillis(1)));
            }
        });

        assertThat(repository.find("shared").orElseThrow().usage().get("tool").count())
                .isEqualTo((long) threads * perThread);
    }

    @Test
    void updatesManySessionsConcurrently() throws Exception {
        int threads = 8;

        runConcurrently(threads, () -> {
            for (int i = 0; i < 50; i++) {
                repository.update("s" + i, T0, s -> s.withUsage("tool", T0));
            }
        });

        assertThat(repository.all()).hasSize(50)
                .allSatisfy(s -> assertThat(s.usage().get("tool").count()).isEqualTo(threads));
    }

    @Test
    void removeForgetsASession() {
        repository.getOrCreate("s1", T0);

        assertThat(repository.remove("s1")).isTrue();
        assertThat(repository.remove("s1")).isFalse();
        assertThat(repository.find("s1")).isEmpty();
    }

    @Test
    void listsAllSessionsOldestFirst() {
        repository.getOrCreate("young", T0.plusSeconds(20));
        repository.getOrCreate("old", T0);
        repository.getOrCreate("middle", T0.plusSeconds(10));

        assertThat(repository.all()).extracting(SessionState::sessionId).containsExactly("old", "middle", "young");
    }

    @Test
    void removesOnlySessionsIdleSinceTheCutoff() {
        repository.getOrCreate("idle", T0);
        repository.getOrCreate("older-idle", T0.minusSeconds(60));
        repository.update("busy", T0, s -> s.touchedAt(T0.plusSeconds(120)));

        List<String> removed = repository.removeIdleSince(T0.plusSeconds(60));

        assertThat(removed).containsExactly("older-idle", "idle");
        assertThat(repository.all()).extracting(SessionState::sessionId).containsExactly("busy");
        assertThat(repository.removeIdleSince(T0.plusSeconds(60))).isEmpty();
    }

    private static void runConcurrently(int threads, Runnable task) throws Exception {
        Concurrently.run(threads, () -> {
            task.run();
            return null;
        });
    }
}
