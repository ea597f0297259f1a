package io.arangomcp.toolpacks.backup.json;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JsonWriter and JsonReader together. */
class JsonTextTest {
    private static Object read(String text) {
        return new JsonReader(new StringReader(text)).readValue();
    }

    @Test
    void writesCompactAndPrettyJson() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("s", "a\"b\\c\nd\te\r\u0001é");
        value.put("n", Arrays.asList(1, 2.5, -3L, null, true, Double.NaN));
        value.put("o", Map.of());
        value.put("l", List.of());

        assertThat(JsonWriter.compact(value)).isEqualTo("{\"s\":\"a\\\"b\\\\c\\nd\\te\\r\\u0001é\","
                + "\"n\":[1,2.5,-3,null,true,null],\"o\":{},\"l\":[]}");
        assertThat(JsonWriter.pretty(Map.of("a", List.of(1)))).isEqualTo("{\n  \"a\": [\n    1\n  ]\n}");
        assertThatThrownBy(() -> JsonWriter.compact(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsEveryKindOfValue() {
        assertThat(read(" {\"a\": [1, -2, 3.5e1, 2147483648, 99999999999999999999], \"b\": {\"c\": null},"
                + " \"t\": true, \"f\": false, \"s\": \"x\\u00e9\\n\\\"\\/\\b\\f\\r\\t\\\\\"} "))
                .isEqualTo(Map.of("a", List.of(1, -2, 35.0, 2147483648L, new BigInteger("99999999999999999999")),
                        "b", java.util.Collections.singletonMap("c", null), "t", true, "f", false,
                        "s", "xé\n\"/\b\f\r\t\\"));
        assertThat(read("[]")).isEqualTo(List.of());
        assertThat(read("{}")).isEqualTo(Map.of());
        Map<String, Object> doc = Map.of("k", "v", "n", List.of(1, Map.of("x", "y")));
        assertThat(read(JsonWriter.pretty(doc))).isEqualTo(doc);
    }

    @Test
    void streamsTheElementsOfATopLevelArray() {
        List<Object> seen = new ArrayList<>();
        new JsonReader(new StringReader("[\n  {\"_key\":\"a\"},\n  {\"_key\":\"b\"}\n]")).forEachElement(seen::add);
        new JsonReader(new StringReader("[\n]")).forEachElement(seen::add);

        assertThat(seen).containsExactly(Map.of("_key", "a"), Map.of("_key", "b"));
    }

    @Test
    void namesWhereMalformedInputBreaks() {
        for (String bad : List.of("{\"a\" 1}", "[1 2]", "{\"a\":1 \"b\":2}", "\"open", "tru", "nul", "-", "1.2.3",
                "\"\\x\"", "\"\\u00zz\"", "{1:2}", "[1] 2", "", "@")) {
            assertThatThrownBy(() -> read(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at line");
        }
        assertThatThrownBy(() -> new JsonReader(new StringReader("[1,\n2 3]")).forEachElement(x -> { }))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> new JsonReader(new StringReader("{}")).forEachElement(x -> { }))
                .hasMessageContaining("expected '['");
    }
}
