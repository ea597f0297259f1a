package io.arangomcp.domain.error;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorCodeTest {

    @Test
    void callerMistakesAreUserErrors() {
        assertThat(ErrorCode.INVALID_ARGUMENTS.type()).isEqualTo(ErrorType.USER_ERROR);
        assertThat(ErrorCode.DATABASE_NOT_CONFIGURED.type()).isEqualTo(ErrorType.USER_ERROR);
        assertThat(ErrorCode.CANCELLED.type()).isEqualTo(ErrorType.USER_ERROR);
    }

    @Test
    void serverSideFailuresAreExternal() {
        assertThat(ErrorCode.UNAUTHORIZED.type()).isEqualTo(ErrorType.EXTERNAL);
        assertThat(ErrorCode.DATABASE_UNAVAILABLE.type()).isEqualTo(ErrorType.EXTERNAL);
        assertThat(ErrorCode.DATABASE_ERROR.type()).isEqualTo(ErrorType.EXTERNAL);
    }

    @Test
    void limitsAreInsufficientResourcesAndBugsAreInternal() {
        assertThat(ErrorCode.TIMEOUT.type()).isEqualTo(ErrorType.INSUFFICIENT_RESOURCES);
        assertThat(ErrorCode.RESOURCE_LIMIT.type()).isEqualTo(ErrorType.INSUFFICIENT_RESOURCES);
        assertThat(ErrorCode.INTERNAL_ERROR.type()).isEqualTo(ErrorType.INTERNAL_ERROR);
    }

    @Test
    void everyCodeHasAType() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(code.type()).as(code.name()).isNotNull();
        }
    }
}
