package io.arangomcp.toolpacks.backup.files;

import io.arangomcp.domain.error.ArangoMcpException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupNamesTest {
    @Test
    void stampsInUtcLikeTheReferenceServer() {
        assertThat(BackupNames.stamp(Instant.parse("2025-03-04T05:06:07Z"))).isEqualTo("20250304_050607");
    }

    @Test
    void acceptsOnlySafePathSegments() {
        assertThat(BackupNames.segment("persons_2-b.x", "collection")).isEqualTo("persons_2-b.x");
        for (String bad : new String[]{"..", ".hidden", "a/b", "a\\b", "", "ü"}) {
            assertThatThrownBy(() -> BackupNames.segment(bad, "collection")).as(bad)
                    .isInstanceOf(ArangoMcpException.class).hasMessageContaining("cannot be used");
        }
        assertThatThrownBy(() -> BackupNames.segment(null, "graph")).isInstanceOf(ArangoMcpException.class);
    }
}
