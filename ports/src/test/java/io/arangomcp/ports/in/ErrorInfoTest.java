package io.arangomcp.ports.in;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ErrorInfoTest {

    @Test
    void toJsonHasCodeMessageDetailsAndHintInThatOrder() {
        ErrorInfo e = new ErrorInfo("NOT_FOUND", "collection 'x' not found", Map.of("collection", "x"),
                "Use arango_list_collections.");

        assertThat(e.toJson()).containsExactly(
                Map.entry("code", "NOT_FOUND"),
                Map.entry("message", "collection 'x' not found"),
                Map.entry("details", Map.of("collection", "x")),
                Map.entry("hint", "Use arango_list_collections."));
    }

    @Test
    void toJsonLeavesOutAMissingHintButAlwaysHasDetails() {
        ErrorInfo e = new ErrorInfo("INTERNAL_ERROR", "boom", null, null);

        assertThat(e.toJson()).containsOnlyKeys("code", "message", "details");
        assertThat(e.details()).isEmpty();
    }

    @Test
    void detailsAreCopiedAndMayHoldNulls() {
        Map<String, Object> details = new HashMap<>();
        details.put("database", null);
        ErrorInfo e = new ErrorInfo("DATABASE_NOT_CONFIGURED", "m", details, null);
        details.put("later", 1);

        assertThat(e.details()).containsOnlyKeys("database");
        assertThatThrownBy(() -> e.details().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void needsCodeAndMessage() {
        assertThatThrownBy(() -> new ErrorInfo(null, "m", null, null)).hasMessage("code is null");
        assertThatThrownBy(() -> new ErrorInfo("C", null, null, null)).hasMessage("message is null");
    }
}
