package io.arangomcp.ports.in;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToolCallResultTest {

    @Test
    void successCarriesStructuredContentAndText() {
        ToolCallResult r = new ToolCallResult.Success(Map.of("count", 3), "3 documents");

        assertThat(r.text()).isEqualTo("3 documents");
        assertThat(r).isInstanceOfSatisfying(ToolCallResult.Success.class,
                s -> assertThat(s.structured()).containsEntry("count", 3));
    }

    @Test
    void failureCarriesTheErrorObjectAndText() {
        ErrorInfo error = new ErrorInfo("NOT_FOUND", "gone", Map.of(), null);
        ToolCallResult r = new ToolCallResult.Failure(error, "NOT_FOUND: gone");

        assertThat(r.text()).isEqualTo("NOT_FOUND: gone");
        assertThat(r).isInstanceOfSatisfying(ToolCallResult.Failure.class, f -> assertThat(f.error()).isSameAs(error));
    }

    @Test
    void successAndFailureAreTheOnlyVariants() {
        assertThat(ToolCallResult.class.getPermittedSubclasses())
                .containsExactlyInAnyOrder(ToolCallResult.Success.class, ToolCallResult.Failure.class);
    }

    @Test
    void partsAreRequired() {
        assertThatThrownBy(() -> new ToolCallResult.Success(null, "t")).hasMessage("structured is null");
        assertThatThrownBy(() -> new ToolCallResult.Success(Map.of(), null)).hasMessage("text is null");
        assertThatThrownBy(() -> new ToolCallResult.Failure(null, "t")).hasMessage("error is null");
        assertThatThrownBy(() -> new ToolCallResult.Failure(new ErrorInfo("C", "m", null, null), null))
                .hasMessage("text is null");
    }
}
