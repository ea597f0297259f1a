package io.arangomcp.ports.out.gateway;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CollectionInfoTest {

    @Test
    void needsIdNameAndType() {
        assertThat(new CollectionInfo("1", "users", CollectionType.DOCUMENT, false, false, null).schema()).isNull();
        assertThatThrownBy(() -> new CollectionInfo(null, "users", CollectionType.DOCUMENT, false, false, null))
                .hasMessage("id is null");
        assertThatThrownBy(() -> new CollectionInfo("1", null, CollectionType.DOCUMENT, false, false, null))
                .hasMessage("name is null");
        assertThatThrownBy(() -> new CollectionInfo("1", "users", null, false, false, null))
                .hasMessage("type is null");
    }

    @Test
    void specOfATypeLeavesEverythingElseToTheServer() {
        CollectionSpec spec = CollectionSpec.of(CollectionType.EDGE);

        assertThat(spec.type()).isEqualTo(CollectionType.EDGE);
        assertThat(spec.waitForSync()).isNull();
        assertThat(spec.schema()).isNull();
        assertThat(spec.keyOptions()).isNull();
        assertThat(new CollectionSpec(CollectionType.DOCUMENT, true, Map.of("rule", Map.of()), null).waitForSync())
                .isTrue();
        assertThatThrownBy(() -> CollectionSpec.of(null)).hasMessage("type is null");
    }
}
