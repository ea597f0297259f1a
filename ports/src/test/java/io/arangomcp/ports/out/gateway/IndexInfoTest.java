package io.arangomcp.ports.out.gateway;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndexInfoTest {

    @Test
    void toJsonFollowsArangoDbsShape() {
        IndexInfo index = new IndexInfo("users/123", "idx_email", "persistent", List.of("email"), true, false, 1.0,
                true, Map.of("deduplicate", true));

        assertThat(index.toJson()).containsExactly(
                Map.entry("id", "users/123"),
                Map.entry("name", "idx_email"),
                Map.entry("type", "persistent"),
                Map.entry("fields", List.of("email")),
                Map.entry("unique", true),
                Map.entry("sparse", false),
                Map.entry("selectivityEstimate", 1.0),
                Map.entry("deduplicate", true));
    }

    @Test
    void toJsonLeavesOutAMissingSelectivityEstimate() {
        IndexInfo ttl = new IndexInfo("logs/7", "ttl", "ttl", List.of("at"), false, true, null, false, null);

        assertThat(ttl.toJson()).doesNotContainKey("selectivityEstimate").containsEntry("sparse", true);
        assertThat(ttl.options()).isEmpty();
    }

    @Test
    void optionsKeepTheBackendsOrderAndNullValues() {
        Map<String, Object> options = new LinkedHashMap<>();
        for (String key : List.of("deduplicate", "estimates", "cacheEnabled", "storedValues", "inBackground",
                "expireAfter", "geoJson", "legacyPolygons", "minLength", "prefixFields", "params", "sparseNull")) {
            options.put(key, key.length());
        }
        options.put("storedValues", null);

        IndexInfo index = new IndexInfo("c/1", "i", "persistent", List.of("a"), false, false, null, false, options);

        assertThat(index.options().keySet()).containsExactlyElementsOf(options.keySet());
        assertThat(index.toJson()).containsEntry("storedValues", null);
        assertThat(new ArrayList<>(index.toJson().keySet()).subList(6, 18))
                .containsExactlyElementsOf(options.keySet());
    }

    @Test
    void specOptionsKeepTheCallersOrderAndNullValues() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("deduplicate", null);
        options.put("estimates", true);

        IndexSpec spec = new IndexSpec("persistent", List.of("a"), false, false, null, options);

        assertThat(spec.options().keySet()).containsExactly("deduplicate", "estimates");
        assertThatThrownBy(() -> spec.options().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void needsIdNameAndType() {
        assertThatThrownBy(() -> new IndexInfo(null, "n", "t", List.of(), false, false, null, false, null))
                .hasMessage("id is null");
        assertThatThrownBy(() -> new IndexInfo("i", null, "t", List.of(), false, false, null, false, null))
                .hasMessage("name is null");
        assertThatThrownBy(() -> new IndexInfo("i", "n", null, List.of(), false, false, null, false, null))
                .hasMessage("type is null");
    }

    @Test
    void persistentSpecIsNeitherUniqueNorSparse() {
        IndexSpec spec = IndexSpec.persistent(List.of("a", "b"));

        assertThat(spec.type()).isEqualTo("persistent");
        assertThat(spec.fields()).containsExactly("a", "b");
        assertThat(spec.unique()).isFalse();
        assertThat(spec.sparse()).isFalse();
        assertThat(spec.name()).isNull();
        assertThat(spec.options()).isEmpty();
    }

    @Test
    void specNeedsTypeAndFieldsAndTreatsNullOptionsAsNone() {
        assertThat(new IndexSpec("ttl", List.of("at"), false, false, "ttl", null).options()).isEmpty();
        assertThatThrownBy(() -> new IndexSpec(null, List.of(), false, false, null, null)).hasMessage("type is null");
        assertThatThrownBy(() -> new IndexSpec("ttl", null, false, false, null, null)).hasMessage("fields is null");
    }
}
