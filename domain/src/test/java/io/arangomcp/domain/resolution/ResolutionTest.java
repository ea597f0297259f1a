package io.arangomcp.domain.resolution;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResolutionTest {

    @Test
    void levelsAreCopied() {
        List<LevelReport> levels = new ArrayList<>();
        levels.add(new LevelReport(ResolutionLevel.PER_CALL_OVERRIDE, "a", LevelOutcome.CHOSEN));
        Resolution r = new Resolution("a", ResolutionLevel.PER_CALL_OVERRIDE, levels);
        levels.clear();

        assertThat(r.levels()).hasSize(1);
        assertThat(r.resolved()).isTrue();
        assertThat(r.level(ResolutionLevel.PER_CALL_OVERRIDE).value()).isEqualTo("a");
    }

    @Test
    void keyAndDecidingLevelGoTogether() {
        assertThatThrownBy(() -> new Resolution(null, ResolutionLevel.SESSION_FOCUS, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key and decidedBy must both be set or both be null");
        assertThat(new Resolution(null, null, List.of()).resolved()).isFalse();
        assertThatThrownBy(() -> new Resolution(null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("levels is null");
    }

    @Test
    void levelReportNeedsLevelAndOutcomeButNotAValue() {
        assertThat(new LevelReport(ResolutionLevel.SESSION_FOCUS, null, LevelOutcome.NOT_SET).value()).isNull();
        assertThatThrownBy(() -> new LevelReport(null, "a", LevelOutcome.CHOSEN))
                .isInstanceOf(NullPointerException.class).hasMessage("level is null");
        assertThatThrownBy(() -> new LevelReport(ResolutionLevel.SESSION_FOCUS, "a", null))
                .isInstanceOf(NullPointerException.class).hasMessage("outcome is null");
    }
}
