package io.arangomcp.domain.session;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToolUsageTest {
    private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(1);
    private static final Instant T2 = T0.plusSeconds(2);
    private static final Instant T3 = T0.plusSeconds(3);

    @Test
    void firstUseIsOneCallAtThatTime() {
        assertThat(ToolUsage.first(T0)).isEqualTo(new ToolUsage(T0, T0, 1));
    }

    @Test
    void nextCountsAndMovesLastUsedForwardOnly() {
        ToolUsage u = ToolUsage.first(T1).next(T2);

        assertThat(u).isEqualTo(new ToolUsage(T1, T2, 2));
        assertThat(u.next(T0)).isEqualTo(new ToolUsage(T1, T2, 3));
    }

    @Test
    void plusTakesTheEarliestFirstTheLatestLastAndSumsCounts() {
        ToolUsage a = new ToolUsage(T1, T2, 2);
        ToolUsage b = new ToolUsage(T0, T3, 5);

        assertThat(a.plus(b)).isEqualTo(new ToolUsage(T0, T3, 7));
        assertThat(b.plus(a)).isEqualTo(new ToolUsage(T0, T3, 7));
    }

    @Test
    void refusesMissingTimesAndCountsBelowOne() {
        assertThatThrownBy(() -> new ToolUsage(T0, T0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count must be at least 1");
        assertThatThrownBy(() -> new ToolUsage(null, T0, 1)).hasMessage("firstUsed is null");
        assertThatThrownBy(() -> new ToolUsage(T0, null, 1)).hasMessage("lastUsed is null");
    }
}
