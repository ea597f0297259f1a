package io.arangomcp.adapters.memory.store;

import io.arangomcp.domain.error.DatabaseError;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonValuesTest {

    @Test
    void freezesEveryLevel() {
        Map<String, Object> nested = new HashMap<>();
        nested.put("list", new ArrayList<>(Arrays.asList(1, null, new HashMap<>(Map.of("x", 1)))));
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("nested", nested);
        input.put("nothing", null);

        Map<String, Object> frozen = JsonValues.freezeObject(input);
        nested.put("later", true);

        assertThat(frozen).containsEntry("nothing", null);
        Map<String, Object> frozenNested = JsonValues.asObject(frozen.get("nested"));
        assertThat(frozenNested).doesNotContainKey("later");
        List<?> list = (List<?>) frozenNested.get("list");
        assertThatThrownBy(() -> frozen.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozenNested.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> JsonValues.asObject(list.get(2)).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void copiesMutablyForEditing() {
        Map<String, Object> frozen = JsonValues.freezeObject(Map.of("nested", Map.of("list", List.of(1))));

        Map<String, Object> copy = JsonValues.mutableObject(frozen);
        JsonValues.asObject(copy.get("nested")).put("x", 1);
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) JsonValues.asObject(copy.get("nested")).get("list");
        list.add(2);

        assertThat(frozen.get("nested")).isEqualTo(Map.of("list", List.of(1)));
    }

    @Test
    void refusesValuesThatAreNotJson() {
        assertThatThrownBy(() -> JsonValues.freeze(new Object())).isInstanceOf(DatabaseError.class)
                .hasFieldOrPropertyWithValue("errorNum", 600);
        assertThatThrownBy(() -> JsonValues.freeze(Double.NaN)).isInstanceOf(DatabaseError.class);
        assertThatThrownBy(() -> JsonValues.freeze(Float.POSITIVE_INFINITY)).isInstanceOf(DatabaseError.class);
        Map<Object, Object> badKey = new HashMap<>();
        badKey.put(1, "x");
        assertThatThrownBy(() -> JsonValues.freeze(badKey)).isInstanceOf(DatabaseError.class);
        assertThatThrownBy(() -> JsonValues.mutableObject(JsonValues.asObject(badKey)))
                .isInstanceOf(DatabaseError.class);
    }

    @Test
    void keepsScalarsAsTheyAre() {
        assertThat(JsonValues.freeze("s")).isEqualTo("s");
        assertThat(JsonValues.freeze(2L)).isEqualTo(2L);
        assertThat(JsonValues.freeze(1.5)).isEqualTo(1.5);
        assertThat(JsonValues.freeze(true)).isEqualTo(true);
        assertThat(JsonValues.freeze(null)).isNull();
    }
}
