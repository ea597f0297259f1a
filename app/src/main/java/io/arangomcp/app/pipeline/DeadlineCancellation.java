package io.arangomcp.app.pipeline;

import io.arangomcp.ports.spi.Cancellation;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Pipeline: cancellation of one call, either by its transport or because its deadline passed.
 */
final class DeadlineCancellation implements Cancellation {
    private final Cancellation transport;
    private final Clock clock;
    private final Instant deadline;

    DeadlineCancellation(Cancellation transport, Clock clock, Instant deadline) {
        this.transport = Objects.requireNonNull(transport, "transport is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.deadline = Objects.requireNonNull(deadline, "deadline is null");
    }

    @Override
    public boolean isCancelled() {
        return transport.isCancelled() || clock.instant().isAfter(deadline);
    }
}
