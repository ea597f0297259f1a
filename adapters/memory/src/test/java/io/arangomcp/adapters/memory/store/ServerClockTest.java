package io.arangomcp.adapters.memory.store;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServerClockTest {

    @Test
    void ticksGrow() {
        ServerClock clock = new ServerClock(Clock.systemUTC());

        long first = clock.nextTick();

        assertThat(clock.nextTick()).isEqualTo(first + 1);
    }

    @Test
    void revisionsAreUniqueAndSortableWithinOneMillisecond() {
        Clock frozen = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        ServerClock clock = new ServerClock(frozen);
        List<String> revisions = new ArrayList<>();

        for (int i = 0; i < 100; i++) {
            revisions.add(clock.nextRevision());
        }

        assertThat(revisions).doesNotHaveDuplicates();
        assertThat(revisions).allSatisfy(r -> assertThat(r).hasSize(11).matches("[-_A-Za-z0-9]+"));
        assertThat(revisions.get(1).compareTo(revisions.get(0))).isPositive();
    }

    @Test
    void encodesInArangoDbsAlphabet() {
        assertThat(ServerClock.encode(0)).isEqualTo("-");
        assertThat(ServerClock.encode(1)).isEqualTo("_");
        assertThat(ServerClock.encode(2)).isEqualTo("A");
        assertThat(ServerClock.encode(64)).isEqualTo("_-");
    }
}
