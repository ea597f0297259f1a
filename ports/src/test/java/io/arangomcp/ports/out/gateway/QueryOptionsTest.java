package io.arangomcp.ports.out.gateway;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryOptionsTest {

    @Test
    void defaultsLeaveEverythingToTheServer() {
        QueryOptions d = QueryOptions.defaults();

        assertThat(d).isEqualTo(new QueryOptions(null, false, false, null, null, null, null, 0));
    }

    @Test
    void eachWitherChangesOneOption() {
        QueryOptions d = QueryOptions.defaults();

        assertThat(d.withBatchSize(100).batchSize()).isEqualTo(100);
        assertThat(d.withCount(true).count()).isTrue();
        assertThat(d.withFullCount(true).fullCount()).isTrue();
        assertThat(d.withMaxRuntime(2.5).maxRuntime()).isEqualTo(2.5);
        assertThat(d.withMemoryLimit(1024L).memoryLimit()).isEqualTo(1024L);
        assertThat(d.withFailOnWarning(true).failOnWarning()).isTrue();
        assertThat(d.withMaxWarningCount(3).maxWarningCount()).isEqualTo(3);
        assertThat(d.withProfile(2).profile()).isEqualTo(2);
    }

    @Test
    void withersKeepTheOtherOptions() {
        QueryOptions o = QueryOptions.defaults().withBatchSize(10).withCount(true).withFullCount(true)
                .withMaxRuntime(1.0).withMemoryLimit(5L).withFailOnWarning(false).withMaxWarningCount(1)
                .withProfile(1);

        assertThat(o).isEqualTo(new QueryOptions(10, true, true, 1.0, 5L, false, 1, 1));
    }

    @Test
    void refusesImpossibleValues() {
        QueryOptions d = QueryOptions.defaults();

        assertThatThrownBy(() -> d.withBatchSize(0)).hasMessage("batchSize must be at least 1");
        assertThatThrownBy(() -> d.withMaxRuntime(0.0)).hasMessage("maxRuntime must be more than 0 seconds");
        assertThatThrownBy(() -> d.withMaxRuntime(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMemoryLimit(-1L)).hasMessage("memoryLimit must not be negative");
        assertThatThrownBy(() -> d.withProfile(3)).hasMessage("profile must be 0, 1 or 2");
        assertThatThrownBy(() -> d.withProfile(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(d.withMemoryLimit(0L).memoryLimit()).isZero();
    }
}
