package io.arangomcp.ports.out.gateway;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriteResultTest {

    @Test
    void toJsonHasOnlyTheSystemAttributesWhenNothingElseWasAsked() {
        WriteResult r = new WriteResult("users/1", "1", "_r1", null, null, null);

        assertThat(r.toJson()).containsExactly(Map.entry("_id", "users/1"), Map.entry("_key", "1"),
                Map.entry("_rev", "_r1"));
    }

    @Test
    void toJsonAddsOldRevisionAndDocumentsWhenPresent() {
        WriteResult r = new WriteResult("users/1", "1", "_r2", "_r1", Map.of("a", 2), Map.of("a", 1));

        assertThat(r.toJson()).containsExactly(Map.entry("_id", "users/1"), Map.entry("_key", "1"),
                Map.entry("_rev", "_r2"), Map.entry("_oldRev", "_r1"), Map.entry("new", Map.of("a", 2)),
                Map.entry("old", Map.of("a", 1)));
    }

    @Test
    void needsIdKeyAndRevision() {
        assertThatThrownBy(() -> new WriteResult(null, "1", "r", null, null, null)).hasMessage("id is null");
        assertThatThrownBy(() -> new WriteResult("c/1", null, "r", null, null, null)).hasMessage("key is null");
        assertThatThrownBy(() -> new WriteResult("c/1", "1", null, null, null, null)).hasMessage("rev is null");
    }
}
