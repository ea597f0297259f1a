package io.arangomcp.ports.spi;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CappedRowsTest {
    @Test
    void keepsRowsUntilTheRowCap() {
        CappedRows rows = new CappedRows(2, 1_000);

        assertThat(rows.addAll(List.of(1, 2))).isTrue();
        assertThat(rows.truncatedBy()).isNull();
        assertThat(rows.add(3)).isFalse();
        assertThat(rows.rows()).containsExactly(1, 2);
        assertThat(rows.truncatedBy()).isEqualTo(CappedRows.BY_ROWS);
    }

    @Test
    void keepsRowsUntilTheByteCap() {
        CappedRows rows = new CappedRows(100, 20);

        assertThat(rows.addAll(List.of("abcdef", "ghijkl", "mnopqr"))).isFalse();
        assertThat(rows.rows()).containsExactly("abcdef", "ghijkl");
        assertThat(rows.truncatedBy()).isEqualTo(CappedRows.BY_BYTES);
    }

    @Test
    void takesItsCapsFromLimits() {
        CappedRows rows = CappedRows.of(Limits.defaults());

        assertThat(rows.addAll(List.of(Map.of("a", 1)))).isTrue();
        assertThat(rows.rows()).hasSize(1);
    }
}
