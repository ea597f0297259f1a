package io.arangomcp.ports.in;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerTest {

    @Test
    void aTrustedCallerHasNoTenant() {
        Caller c = Caller.trusted("stdio", "stdio");

        assertThat(c.sessionId()).isEqualTo("stdio");
        assertThat(c.transport()).isEqualTo("stdio");
        assertThat(c.tenant()).isNull();
    }

    @Test
    void needsASessionIdAndTransport() {
        assertThatThrownBy(() -> new Caller("", "http", "t")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sessionId is required");
        assertThatThrownBy(() -> new Caller(null, "http", "t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Caller("s", null, "t")).hasMessage("transport is null");
    }

    @Test
    void callHooksNoneNeverReportsOrCancels() {
        assertThat(CallHooks.NONE.cancellation().isCancelled()).isFalse();
        assertThatThrownBy(() -> new CallHooks(null, CallHooks.NONE.log(), CallHooks.NONE.cancellation()))
                .hasMessage("progress is null");
        assertThatThrownBy(() -> new CallHooks(CallHooks.NONE.progress(), null, CallHooks.NONE.cancellation()))
                .hasMessage("log is null");
        assertThatThrownBy(() -> new CallHooks(CallHooks.NONE.progress(), CallHooks.NONE.log(), null))
                .hasMessage("cancellation is null");
    }
}
