package io.arangomcp.ports.spi;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LimitsTest {

    @Test
    void defaultsAreAThousandRowsOneMebibyteThirtySecondsDepthTen() {
        assertThat(Limits.defaults()).isEqualTo(new Limits(1000, 1_048_576, Duration.ofSeconds(30), 10));
    }

    @Test
    void everyCapMustBePositive() {
        Duration t = Duration.ofSeconds(1);

        assertThatThrownBy(() -> new Limits(0, 1, t, 1)).hasMessage("limits must be positive");
        assertThatThrownBy(() -> new Limits(1, 0, t, 1)).hasMessage("limits must be positive");
        assertThatThrownBy(() -> new Limits(1, 1, t, 0)).hasMessage("limits must be positive");
        assertThatThrownBy(() -> new Limits(1, 1, null, 1)).hasMessage("queryTimeout is null");
        assertThatThrownBy(() -> new Limits(1, 1, Duration.ZERO, 1)).hasMessage("queryTimeout must be positive");
        assertThatThrownBy(() -> new Limits(1, 1, Duration.ofSeconds(-1), 1))
                .hasMessage("queryTimeout must be positive");
        assertThat(new Limits(1, 1, t, 1).maxDepth()).isEqualTo(1);
    }
}
