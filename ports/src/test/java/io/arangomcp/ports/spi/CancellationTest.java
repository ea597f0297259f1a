package io.arangomcp.ports.spi;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CancellationTest {

    @Test
    void throwIfCancelledThrowsACancelledError() {
        Cancellation cancelled = () -> true;

        ArangoMcpException e = catchThrowableOfType(ArangoMcpException.class, cancelled::throwIfCancelled);

        assertThat(e.code()).isEqualTo(ErrorCode.CANCELLED);
        assertThat(e.getMessage()).isEqualTo("the call was cancelled");
    }

    @Test
    void throwIfCancelledDoesNothingWhileRunning() {
        assertThat(Cancellation.NONE.isCancelled()).isFalse();
        assertThatCode(Cancellation.NONE::throwIfCancelled).doesNotThrowAnyException();
    }
}
