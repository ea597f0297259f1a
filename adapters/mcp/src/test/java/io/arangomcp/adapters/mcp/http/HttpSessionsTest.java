package io.arangomcp.adapters.mcp.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HttpSessionsTest {
    private final MutableClock clock = new MutableClock();
    private final List<String> ended = new ArrayList<>();
    private final HttpSessions sessions = new HttpSessions(2, Duration.ofSeconds(10), clock, ended::add);
    private final Principal alice = new Principal("alice", "a");
    private final Principal bob = new Principal("bob", "b");

    @Test
    void slotsAreTakenByReservationsAndGivenBackWhenSessionsEnd() {
        assertThat(sessions.reserve()).isTrue();
        sessions.opened("s1", alice);
        assertThat(sessions.reserve()).isTrue();
        assertThat(sessions.reserve()).isFalse();
        sessions.release();
        assertThat(sessions.reserve()).isTrue();
        sessions.opened("s2", bob);
        sessions.deleted("s1");
        sessions.deleted("s1");
        assertThat(ended).containsExactly("s1");
        assertThat(sessions.reserve()).isTrue();
        assertThat(sessions.active()).isEqualTo(1);
        assertThat(sessions.ids()).containsExactly("s2");
    }

    @Test
    void aSessionAnswersOnlyToItsPrincipalAndOnlyWhileActive() {
        sessions.reserve();
        sessions.opened("s1", alice);
        assertThat(sessions.touch("s1", bob)).isEqualTo(HttpSessions.Lookup.UNKNOWN);
        assertThat(sessions.touch("nope", alice)).isEqualTo(HttpSessions.Lookup.UNKNOWN);
        clock.advance(Duration.ofSeconds(9));
        assertThat(sessions.touch("s1", alice)).isEqualTo(HttpSessions.Lookup.ACTIVE);
        clock.advance(Duration.ofSeconds(9));
        assertThat(sessions.expireIdle()).isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(sessions.touch("s1", alice)).isEqualTo(HttpSessions.Lookup.UNKNOWN);
        assertThat(ended).containsExactly("s1");
    }

    @Test
    void aPrincipalJoinsItsOwnSessionWhichReopensAfterExpiryWithoutLeakingSlots() {
        assertThat(sessions.join("principal:alice", alice)).isEqualTo(HttpSessions.Lookup.ACTIVE);
        assertThat(sessions.join("principal:alice", alice)).isEqualTo(HttpSessions.Lookup.ACTIVE);
        assertThat(sessions.join("principal:bob", bob)).isEqualTo(HttpSessions.Lookup.ACTIVE);
        assertThat(sessions.join("principal:carol", new Principal("carol", "c")))
                .isEqualTo(HttpSessions.Lookup.FULL);
        clock.advance(Duration.ofSeconds(11));
        assertThat(sessions.join("principal:alice", alice)).isEqualTo(HttpSessions.Lookup.ACTIVE);
        assertThat(ended).containsExactly("principal:alice");
        assertThat(sessions.expireIdle()).isEqualTo(1);
        assertThat(ended).containsExactly("principal:alice", "principal:bob");
        assertThat(sessions.active()).isEqualTo(1);
        assertThat(sessions.reserve()).isTrue();
        assertThat(sessions.reserve()).isFalse();
    }

    @Test
    void theSweeperAndShutdownEndSessionsEvenWhenCleanupFails() {
        HttpSessions failing = new HttpSessions(3, Duration.ofSeconds(1), clock, id -> {
            ended.add(id);
            throw new IllegalStateException("boom");
        });
        failing.reserve();
        failing.opened("old", alice);
        clock.advance(Duration.ofSeconds(5));
        failing.reserve();
        failing.opened("new", alice);
        assertThat(failing.expireIdle()).isEqualTo(1);
        failing.endAll();
        assertThat(ended).containsExactly("old", "new");
        assertThat(failing.active()).isZero();
        assertThat(failing.max()).isEqualTo(3);
    }
}
