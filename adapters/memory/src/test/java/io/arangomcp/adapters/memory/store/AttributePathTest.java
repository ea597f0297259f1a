package io.arangomcp.adapters.memory.store;

import io.arangomcp.domain.error.DatabaseError;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttributePathTest {

    @Test
    void readsPlainAndNestedValues() {
        Map<String, Object> doc = Map.of("name", "Ada", "address", Map.of("city", "London"));

        assertThat(AttributePath.parse("name").values(doc)).containsExactly("Ada");
        assertThat(AttributePath.parse("address.city").values(doc)).containsExactly("London");
        assertThat(AttributePath.parse("address.zip").values(doc)).containsExactly((Object) null);
        assertThat(AttributePath.parse("name.first").values(doc)).containsExactly((Object) null);
        assertThat(AttributePath.parse("name").expands()).isFalse();
    }

    @Test
    void expandsArrays() {
        Map<String, Object> doc = Map.of("tags", List.of("a", "b"), "items",
                List.of(Map.of("id", 1), Map.of("id", 2), "not an object"), "scalar", 5);

        AttributePath tags = AttributePath.parse("tags[*]");
        assertThat(tags.expands()).isTrue();
        assertThat(tags.values(doc)).containsExactly("a", "b");
        assertThat(AttributePath.parse("items[*].id").values(doc)).containsExactly(1, 2, null);
        assertThat(AttributePath.parse("scalar[*]").values(doc)).isEmpty();
        assertThat(AttributePath.parse("missing[*]").values(doc)).isEmpty();
        assertThat(tags.segments()).containsExactly("tags");
        assertThat(tags.expansion()).containsExactly(true);
    }

    @Test
    void refusesMalformedPaths() {
        for (String path : Arrays.asList("", "a..b", ".a", "a[1]", "a[*", "[*]")) {
            assertThatThrownBy(() -> AttributePath.parse(path)).as(path).isInstanceOf(DatabaseError.class)
                    .hasFieldOrPropertyWithValue("errorNum", 10);
        }
    }
}
