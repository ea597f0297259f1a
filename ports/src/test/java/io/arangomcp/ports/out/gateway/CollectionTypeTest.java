package io.arangomcp.ports.out.gateway;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CollectionTypeTest {

    @Test
    void usesArangoDbsNumericCodes() {
        assertThat(CollectionType.DOCUMENT.code()).isEqualTo(2);
        assertThat(CollectionType.EDGE.code()).isEqualTo(3);
        assertThat(CollectionType.fromCode(2)).isEqualTo(CollectionType.DOCUMENT);
        assertThat(CollectionType.fromCode(3)).isEqualTo(CollectionType.EDGE);
    }

    @Test
    void refusesUnknownCodes() {
        assertThatThrownBy(() -> CollectionType.fromCode(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown collection type code 1");
    }

    @Test
    void wireNamesAreLowerCaseAndParsedInAnyCase() {
        assertThat(CollectionType.EDGE.wireName()).isEqualTo("edge");
        assertThat(CollectionType.fromWireName(" Document ")).isEqualTo(CollectionType.DOCUMENT);
        assertThat(CollectionType.fromWireName("EDGE")).isEqualTo(CollectionType.EDGE);
        assertThatThrownBy(() -> CollectionType.fromWireName("vertex")).isInstanceOf(IllegalArgumentException.class);
    }
}
