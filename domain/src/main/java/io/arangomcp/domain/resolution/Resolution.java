package io.arangomcp.domain.resolution;

import java.util.List;
import java.util.Objects;

/**
 * The result of resolving which database a call works on: the chosen key, the level that decided, and every
 * level's value and outcome so that the choice can be explained.
 *
 * @param key       the chosen configured key, or {@code null} when no level produced one
 * @param decidedBy the deciding level, or {@code null} when nothing was chosen
 * @param levels    one report per level, in priority order
 */
public record Resolution(String key, ResolutionLevel decidedBy, List<LevelReport> levels) {
    public Resolution {
        levels = List.copyOf(Objects.requireNonNull(levels, "levels is null"));
        if ((key == null) != (decidedBy == null)) {
            throw new IllegalArgumentException("key and decidedBy must both be set or both be null");
        }
    }

    public boolean resolved() {
        return key != null;
    }

    /** The report of one level. */
    public LevelReport level(ResolutionLevel level) {
        return levels.get(level.ordinal());
    }
}
