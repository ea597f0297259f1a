package io.arangomcp.adapters.memory.store;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class EdgeIndexTest {

    private static Map<String, Object> edge(String key, String from, String to) {
        return Map.of("_key", key, "_from", from, "_to", to);
    }

    @Test
    void findsEdgesByEitherEndInWriteOrder() {
        EdgeIndex index = new EdgeIndex();
        index.insert(edge("e1", "v/a", "v/b"), 1);
        index.insert(edge("e2", "v/a", "v/c"), 2);
        index.insert(edge("e3", "v/c", "v/a"), 3);

        assertThat(index.outbound("v/a")).containsExactly("e1", "e2");
        assertThat(index.inbound("v/a")).containsExactly("e3");
        assertThat(index.outbound("v/z")).isEmpty();
        assertThat(index.describe("links", false).selectivityEstimate()).isCloseTo(2.0 / 3, offset(1e-9));

        index.remove(edge("e1", "v/a", "v/b"), 1);
        index.insert(edge("e1", "v/a", "v/b"), 4);
        assertThat(index.outbound("v/a")).containsExactly("e2", "e1");

        index.remove(edge("e3", "v/c", "v/a"), 3);
        assertThat(index.inbound("v/a")).isEmpty();
        assertThat(index.outbound("v/c")).isEmpty();
    }

    @Test
    void describesItselfAsTheEdgeIndex() {
        EdgeIndex index = new EdgeIndex();

        assertThat(index.describe("links", false).id()).isEqualTo("links/1");
        assertThat(index.fields()).containsExactly("_from", "_to");
        assertThat(index.describe("links", false).selectivityEstimate()).isEqualTo(1.0);
        index.insert(edge("e1", "v/a", "v/b"), 1);
        index.clear();
        assertThat(index.outbound("v/a")).isEmpty();
    }
}
