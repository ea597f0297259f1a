package io.arangomcp.domain.resolution;

import java.util.Objects;

/**
 * One line of a resolution explanation.
 *
 * @param level   the level
 * @param value   the key this level would give, or {@code null} when it has none
 * @param outcome what happened at this level
 */
public record LevelReport(ResolutionLevel level, String value, LevelOutcome outcome) {
    public LevelReport {
        Objects.requireNonNull(level, "level is null");
        Objects.requireNonNull(outcome, "outcome is null");
    }
}
