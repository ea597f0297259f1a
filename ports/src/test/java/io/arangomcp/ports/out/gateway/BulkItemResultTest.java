package io.arangomcp.ports.out.gateway;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.DatabaseError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BulkItemResultTest {
    private final WriteResult written = new WriteResult("users/1", "1", "_rev1", null, null, null);
    private final DatabaseError conflict = ArangoErrors.UNIQUE_CONSTRAINT_VIOLATED.error();

    @Test
    void successCarriesTheResult() {
        BulkItemResult item = BulkItemResult.success(written);

        assertThat(item.succeeded()).isTrue();
        assertThat(item.result()).isSameAs(written);
        assertThat(item.error()).isNull();
    }

    @Test
    void failureCarriesTheError() {
        BulkItemResult item = BulkItemResult.failure(conflict);

        assertThat(item.succeeded()).isFalse();
        assertThat(item.error()).isSameAs(conflict);
        assertThat(item.result()).isNull();
    }

    @Test
    void exactlyOneOfResultAndErrorIsSet() {
        assertThatThrownBy(() -> new BulkItemResult(null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exactly one of result and error must be set");
        assertThatThrownBy(() -> new BulkItemResult(written, conflict)).isInstanceOf(IllegalArgumentException.class);
    }
}
