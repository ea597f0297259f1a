package io.arangomcp.ports.spi.schema;

import io.arangomcp.ports.out.gateway.CollectionType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonValuesTest {

    record Address(String city, String zip) {
    }

    record Person(String name, int age, Address address, List<Address> previous, CollectionType kind,
                  Instant seen, Map<Object, Object> tags) {
    }

    record Broken(String value) {
        @Override
        public String value() {
            throw new IllegalStateException("cannot read");
        }
    }

    /** Compact JSON as a JSON library writes it, for plain JSON values with ASCII text and no escapes. */
    private static String compact(Object value) {
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(compact(String.valueOf(k)))
                    .append(':').append(compact(v)));
            return out.append('}').toString();
        }
        if (value instanceof Collection<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(v -> out.append(out.length() > 1 ? "," : "").append(compact(v)));
            return out.append(']').toString();
        }
        return String.valueOf(value);
    }

    private final Person ada = new Person("Ada", 36, new Address("London", null),
            List.of(new Address("Paris", "75001")), CollectionType.EDGE, Instant.parse("2025-01-02T03:04:05Z"),
            new LinkedHashMap<>(Map.of(1, "one")));

    @Test
    void plainValuesStayAsTheyAre() {
        assertThat(JsonValues.toJson(null)).isNull();
        assertThat(JsonValues.toJson("x")).isEqualTo("x");
        assertThat(JsonValues.toJson(true)).isEqualTo(true);
        assertThat(JsonValues.toJson(1.5)).isEqualTo(1.5);
        assertThat(JsonValues.toJson(new BigDecimal("1e3"))).isEqualTo(new BigDecimal("1e3"));
    }

    @Test
    void recordsBecomeObjectsInDeclarationOrderWithoutNulls() {
        Map<String, Object> json = JsonValues.recordToJson(ada);

        assertThat(json.keySet()).containsExactly("name", "age", "address", "previous", "kind", "seen", "tags");
        assertThat(json.get("address")).isEqualTo(Map.of("city", "London"));
        assertThat(json.get("previous")).isEqualTo(List.of(Map.of("city", "Paris", "zip", "75001")));
        assertThat(json.get("kind")).isEqualTo("EDGE");
        assertThat(json.get("seen")).isEqualTo("2025-01-02T03:04:05Z");
        assertThat(json.get("tags")).isEqualTo(Map.of("1", "one"));
        assertThat(JsonValues.toJson(new Address(null, null))).isEqualTo(Map.of());
    }

    @Test
    void mapsKeepNullValuesAndGetStringKeys() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put(2, null);
        map.put("b", new Address("Rome", null));

        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonValues.toJson(map);

        assertThat(json.keySet()).containsExactly("2", "b");
        assertThat(json).containsEntry("2", null).containsEntry("b", Map.of("city", "Rome"));
    }

    @Test
    void collectionsBecomeListsAndTimeAndCharactersBecomeText() {
        assertThat(JsonValues.toJson(new LinkedHashSet<>(List.of(CollectionType.DOCUMENT, CollectionType.EDGE))))
                .isEqualTo(List.of("DOCUMENT", "EDGE"));
        assertThat(JsonValues.toJson(LocalDate.of(2025, 1, 31))).isEqualTo("2025-01-31");
        assertThat(JsonValues.toJson('c')).isEqualTo("c");
        assertThat(JsonValues.toJson(Arrays.asList(1, null))).isEqualTo(Arrays.asList(1, null));
    }

    @Test
    void refusesValuesWithoutAJsonForm() {
        assertThatThrownBy(() -> JsonValues.toJson(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot convert java.lang.Object to JSON");
        assertThatThrownBy(() -> JsonValues.toJson(new int[] {1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonValues.approximateSize(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailingAccessorIsReportedWithTheComponent() {
        assertThatThrownBy(() -> JsonValues.toJson(new Broken("x")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot read value of " + Broken.class)
                .hasRootCauseMessage("cannot read");
    }

    @Test
    void approximateSizeOfPlainValuesIsTheirJsonLength() {
        assertThat(JsonValues.approximateSize(null)).isEqualTo(4);
        assertThat(JsonValues.approximateSize(true)).isEqualTo(4);
        assertThat(JsonValues.approximateSize(false)).isEqualTo(5);
        assertThat(JsonValues.approximateSize("abc")).isEqualTo(5);
        assertThat(JsonValues.approximateSize(-12.5)).isEqualTo(5);
        assertThat(JsonValues.approximateSize(Map.of())).isEqualTo(2);
        assertThat(JsonValues.approximateSize(List.of())).isEqualTo(2);
    }

    @Test
    void approximateSizeEqualsTheCompactJsonLengthForAsciiValues() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("_key", "1");
        doc.put("n", 10_000_000_000L);
        doc.put("ok", true);
        doc.put("none", null);
        doc.put("list", Arrays.asList(1, "two", false, null, List.of(), Map.of("x", 1.25)));
        doc.put("nested", Map.of("deep", Map.of("deeper", List.of("a", "b"))));

        assertThat(JsonValues.approximateSize(doc)).isEqualTo(compact(doc).length());
        assertThat(JsonValues.approximateSize(List.of(doc, doc))).isEqualTo(compact(List.of(doc, doc)).length());
    }

    @Test
    void approximateSizeOfARecordCountsItsJsonForm() {
        assertThat(JsonValues.approximateSize(ada)).isEqualTo(compact(JsonValues.toJson(ada)).length());
        assertThat(JsonValues.approximateSize(CollectionType.EDGE)).isEqualTo("\"EDGE\"".length());
    }
}
