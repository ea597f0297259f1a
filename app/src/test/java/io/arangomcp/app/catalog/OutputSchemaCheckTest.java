package io.arangomcp.app.catalog;

import io.arangomcp.app.json.JsonText;
import io.arangomcp.ports.in.ErrorInfo;
import io.arangomcp.ports.in.ToolDescriptor;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.ToolSpec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputSchemaCheckTest {
    private static final Map<String, Object> COUNT = Map.of("type", "object", "required", List.of("count"),
            "properties", Map.of("count", Map.of("type", "integer")));
    private final OutputSchemaCheck check = new OutputSchemaCheck(List.of(new ToolDescriptor(
            ToolSpec.database("t_count", "Count", "test", OperationKind.READ, "Counts."), "test", Map.of(), COUNT)),
            new JsonText());

    @Test
    void aResultThatBreaksItsOutputSchemaFails() {
        assertThatCode(() -> check.assertMatches("t_count", Map.of("count", 3L))).doesNotThrowAnyException();
        assertThatThrownBy(() -> check.assertMatches("t_count", Map.of("count", "3")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("t_count");
        assertThatThrownBy(() -> check.assertMatches("t_count", Map.of())).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> check.assertMatches("t_count", Map.of("count", 3, "undocumented", 1)))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> check.assertMatches("t_other", Map.of())).isInstanceOf(AssertionError.class);
    }

    @Test
    void anErrorMustBeTheOneErrorObject() {
        assertThatCode(() -> check.assertIsTheErrorObject(new ErrorInfo("NOT_FOUND", "gone", Map.of(), "look")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check.assertIsTheErrorObject(new ErrorInfo("not found", "", Map.of(), null)))
                .isInstanceOf(AssertionError.class);
    }
}
