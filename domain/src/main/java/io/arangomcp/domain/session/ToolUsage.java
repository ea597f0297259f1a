package io.arangomcp.domain.session;

import java.time.Instant;
import java.util.Objects;

/**
 * How often and when one tool was used in one session.
 *
 * @param firstUsed first successful call
 * @param lastUsed  latest successful call
 * @param count     number of recorded calls, at least 1
 */
public record ToolUsage(Instant firstUsed, Instant lastUsed, long count) {
    public ToolUsage {
        Objects.requireNonNull(firstUsed, "firstUsed is null");
        Objects.requireNonNull(lastUsed, "lastUsed is null");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
    }

    /** The usage after one first call at {@code now}. */
    public static ToolUsage first(Instant now) {
        return new ToolUsage(now, now, 1);
    }

    /** The usage after one more call at {@code now}. */
    public ToolUsage next(Instant now) {
        return new ToolUsage(firstUsed, now.isAfter(lastUsed) ? now : lastUsed, count + 1);
    }

    /** The combination of two usages of the same tool (for aggregating across sessions). */
    public ToolUsage plus(ToolUsage other) {
        return new ToolUsage(
                firstUsed.isBefore(other.firstUsed) ? firstUsed : other.firstUsed,
                lastUsed.isAfter(other.lastUsed) ? lastUsed : other.lastUsed,
                count + other.count);
    }
}
