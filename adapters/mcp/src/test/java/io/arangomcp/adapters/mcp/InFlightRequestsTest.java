package io.arangomcp.adapters.mcp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InFlightRequestsTest {

    @Test
    void waitsUntilEveryStartedRequestIsAnswered() throws Exception {
        InFlightRequests inFlight = new InFlightRequests();
        inFlight.started("1");
        inFlight.started("2");
        inFlight.answered("unknown");
        assertThat(inFlight.size()).isEqualTo(2);
        Thread answerer = new Thread(() -> {
            inFlight.answered("1");
            inFlight.answered("2");
        });
        answerer.start();
        assertThat(inFlight.awaitAllAnswered(5_000)).isTrue();
        answerer.join();
        assertThat(inFlight.size()).isZero();
    }

    @Test
    void givesUpAfterTheTimeout() throws Exception {
        InFlightRequests inFlight = new InFlightRequests();
        inFlight.started("1");
        assertThat(inFlight.awaitAllAnswered(20)).isFalse();
    }
}
