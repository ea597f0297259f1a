package io.arangomcp.testkit.tools;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalJsonTest {

    @Test
    void writesSortedPrettyJsonWithATrailingNewline() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", List.of(1, 2.5, true));
        value.put("a", Map.of("z", "x"));
        value.put("c", Arrays.asList(null, Map.of(), List.of()));

        assertThat(CanonicalJson.write(value)).isEqualTo("""
                {
                  "a": {
                    "z": "x"
                  },
                  "b": [
                    1,
                    2.5,
                    true
                  ],
                  "c": [
                    null,
                    {},
                    []
                  ]
                }
                """);
    }

    @Test
    void equalMapsGiveEqualTextWhateverTheirOrder() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("x", 1);
        one.put("y", 2);
        Map<String, Object> two = new LinkedHashMap<>();
        two.put("y", 2);
        two.put("x", 1);

        assertThat(CanonicalJson.write(one)).isEqualTo(CanonicalJson.write(two));
    }

    @Test
    void escapesStrings() {
        assertThat(CanonicalJson.write("a\"b\\c\nd\re\tf\u0001é"))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001é\"\n");
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThatThrownBy(() -> CanonicalJson.write(new Object())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(Double.NaN)).hasMessageContaining("NaN");
    }
}
